// The project file, data template and README `agile init` writes beside the example registry.

extension ProjectScaffold {
    /// `agile.toml`: the files the commands run in the folder use.
    static let projectFile = #"""
# The project file of this index. agile commands run in this folder use these files, so
# --framework, --db and --templates need not be given; an option given still wins. Paths are
# relative to this file. The format is a small part of TOML: key = "path" lines, # comments.
framework = "registry.xml"   # the registry: tree, countries, method
db = "store.sqlite"          # the store: every value ingested (with its file and line) and every run
templates = "templates"      # the report templates: edit them and run agile report again
# countries = "..."          # an ISO 3166-1 country list of your own (default: the built-in one)

"""#

    /// `data-template.csv`: the header of the long CSV format, its columns explained. It is
    /// not marked illustrative: it is for real data.
    static let dataTemplate = #"""
# Data for registry.xml in the long CSV format: one value a row, under the header below.
#   country    ISO 3166-1 code, alpha-3 (KEN) or alpha-2 (KE), of a country the registry lists
#   indicator  an indicator id of the registry (I1 to I7 in the example)
#   year       the year the value is for; the registry's <years> say which years count
#   value      a number on the indicator's scale (a percent 0-100, a binary 0 or 1, an ordinal
#              one of its levels); an empty value is explicitly missing
#   source     optional: where the value comes from
#   note       optional: anything a reader should know about it
# Lines before the header that start with # are comments. A file of invented values (a demo or
# a test) must say so in a comment line of its own reading: # illustrative
# then every score, table and page that uses one of its values is marked illustrative. This
# template has no such line: it is for real data. Save as UTF-8, copy it to data.csv, add rows
# (e.g. KEN,I2,2024,28,National statistics office,) and run: agile ingest data.csv
country,indicator,year,value,source,note

"""#

    /// `README.md`: what the folder holds and the commands to run next.
    static let readme = #"""
# Digital Government Index (your index)

Made by `agile init`: a project for an index of your own, scored, reported and audited by
the AGILE toolkit's `agile` command. Commands run in this folder find their files through
`agile.toml`.

| file | what it is |
|---|---|
| `agile.toml` | the project file: the registry, the store and the templates the commands use |
| `registry.xml` | the registry: an example index (2 pillars, 7 indicators, 10 countries) to edit |
| `data-template.csv` | the header of the data file, its columns explained |
| `templates/` | the report templates (Mustache): edit them and run `agile report` again |
| `store.sqlite` | the store, made by the first `agile ingest`: every value with its file and line |

## Next

1. Edit `registry.xml`: your pillars, dimensions and indicators, your countries, your method.
   Check it:

   ```sh
   agile validate
   ```

2. Copy `data-template.csv` to `data.csv` and add your values, one a row. Check and store them
   (a file with any bad value is refused whole, with its line and column):

   ```sh
   agile validate data.csv
   agile ingest data.csv
   agile data                  # what is there, what is missing
   ```

3. Score, write the report site and audit the weights:

   ```sh
   agile score
   agile report --out site     # open site/index.html
   agile audit uncertainty     # how robust the ranks are
   agile audit weights         # effective against declared weights
   ```

Re-ingesting a file changes nothing; a corrected file supersedes the values it changes and
keeps the old ones as history. Each `agile score` is recorded in the store, so
`agile report --run ID` rebuilds its report exactly. `agile COMMAND --help` says more.

"""#
}
