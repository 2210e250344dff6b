// Fuzz target: the generic evidence CSV reader (benchmark,model,country,dimension,…,value,n).

import AgileIO
import FuzzSupport

FuzzTarget.run { path in
    _ = try EvidenceCSVReader(benchmarks: FuzzProject.benchmarks, countries: FuzzProject.countries).read(path: path)
}
