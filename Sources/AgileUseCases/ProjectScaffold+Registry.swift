// The example registry `agile init` writes: two pillars, every kind of indicator, commented.

extension ProjectScaffold {
    /// `registry.xml`: a small index to edit into one's own. It validates against the built-in
    /// schema and country list as written, declares no evidence, no publication and no
    /// development–governance match, and shows each indicator type the grammar has.
    static let registry = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- The registry of your index: its tree (index > pillars > dimensions > indicators), the
     countries it covers and the method that turns values into scores. This is an example to
     edit into your own; `agile validate` checks it (against the schema built into agile) and
     says where anything is wrong. Ids are letters, digits, '_', '.' and '-'; names are free text.
     The full grammar: the "The registry" section of the toolkit's README. -->
<framework xmlns="urn:agile-index:framework:1" id="my-index" edition="2025">
  <name>Digital Government Index 2025</name>
  <description>An example index: how ready ten countries are to serve their people online.</description>

  <!-- Optional, here left out: <publication> (the official index that illustrative values stand
       in for, whom the page footer credits, <evidence/> for model-safety evidence pages). -->

  <!-- Values of these years count for this edition: each country's latest value in the window. -->
  <years from="2021" to="2025"/>

  <!-- The countries scored: ISO 3166-1 alpha-3 codes. Groups are optional (group-mean imputation
       and the pages use them). -->
  <countries>
    <country code="BRA"><group grouping="region">Americas</group></country>
    <country code="CAN"><group grouping="region">Americas</group></country>
    <country code="MEX"><group grouping="region">Americas</group></country>
    <country code="DEU"><group grouping="region">Europe</group></country>
    <country code="NOR"><group grouping="region">Europe</group></country>
    <country code="IND"><group grouping="region">Asia-Pacific</group></country>
    <country code="JPN"><group grouping="region">Asia-Pacific</group></country>
    <country code="NZL"><group grouping="region">Asia-Pacific</group></country>
    <country code="KEN"><group grouping="region">Africa</group></country>
    <country code="ZAF"><group grouping="region">Africa</group></country>
  </countries>

  <index id="DGI">
    <name>Digital Government Index</name>
    <!-- A weight (default 1) is relative to the siblings: weight="2" counts twice. -->
    <pillar id="P1">
      <name>Connectivity</name>
      <dimension id="D1">
        <name>Access</name>
        <!-- A count (whole or not, at least 0) spread over orders of magnitude: transform="log1p"
             scores log(1 + x), so one giant does not squash everyone else. The goalposts are
             fixed bounds for goalposts normalisation (see <method>), here in raw units. -->
        <indicator id="I1" type="count" polarity="positive" transform="log1p" status="confirmed">
          <name>Open government datasets published</name>
          <unit>datasets</unit>
          <scale min="0"/>
          <source>National open-data portals</source>
          <goalposts low="0" high="100000" units="raw"/>
        </indicator>
        <!-- A percent (0–100). -->
        <indicator id="I2" type="percent" polarity="positive" status="confirmed">
          <name>Households with a broadband connection</name>
          <unit>%</unit>
          <scale min="0" max="100"/>
          <source>National statistics office</source>
          <goalposts from="scale"/>
        </indicator>
      </dimension>
      <dimension id="D2">
        <name>Affordability</name>
        <!-- Negative polarity: lower is better, so the lowest price scores highest. -->
        <indicator id="I3" type="percent" polarity="negative" status="confirmed">
          <name>Price of 2 GB of mobile data</name>
          <definition>The monthly price as a share of monthly income per person.</definition>
          <unit>% of monthly income</unit>
          <scale min="0" max="100"/>
          <source>Telecom regulator price survey</source>
          <goalposts low="0" high="10"/>
        </indicator>
      </dimension>
    </pillar>
    <pillar id="P2">
      <name>Services</name>
      <dimension id="D3">
        <name>Online services</name>
        <!-- An index on its own declared scale (here 0–1). -->
        <indicator id="I4" type="index" polarity="positive" status="confirmed">
          <name>Online service quality</name>
          <unit>score 0–1</unit>
          <scale min="0" max="1"/>
          <source>Service survey</source>
          <goalposts from="scale"/>
        </indicator>
        <!-- An ordinal: whole numbers, each level named. treatment="skip": outlier treatment
             leaves a few levels alone. -->
        <indicator id="I5" type="ordinal" polarity="positive" status="confirmed" treatment="skip">
          <name>Digital identity</name>
          <unit>level</unit>
          <scale min="0" max="3">
            <level value="0">none</level>
            <level value="1">pilot</level>
            <level value="2">national, optional</level>
            <level value="3">national, accepted by every service</level>
          </scale>
          <source>Policy review</source>
          <goalposts from="scale"/>
        </indicator>
      </dimension>
      <dimension id="D4">
        <name>Safeguards</name>
        <!-- A binary: 0 or 1. -->
        <indicator id="I6" type="binary" polarity="positive" status="confirmed" treatment="skip">
          <name>Data protection law in force</name>
          <unit>law</unit>
          <scale min="0" max="1"/>
          <source>Legal review</source>
          <goalposts from="scale"/>
        </indicator>
        <!-- A negative count. status="reconstructed" marks an indicator you inferred rather than
             took from a published list (the pages flag it); "confirmed" otherwise. -->
        <indicator id="I7" type="count" polarity="negative" status="reconstructed">
          <name>Government data breaches reported</name>
          <unit>breaches a year</unit>
          <scale min="0"/>
          <source>Data protection authority</source>
          <goalposts low="0" high="100"/>
        </indicator>
      </dimension>
    </pillar>
  </index>

  <!-- Optional: other weightings; a run picks one by its id (agile score, option weights). -->
  <weightSets>
    <weightSet id="services-double">
      <name>Services count twice</name>
      <weight node="P2" value="2"/>
    </weightSet>
  </weightSets>

  <!-- Every choice of the pipeline, in order. Options of `agile score` override them for a run. -->
  <method>
    <!-- A country or an indicator with less than this share of values is flagged;
         excludeCountries="true" leaves such countries out of the scores. -->
    <coverage countryMinimum="0.65" indicatorMinimum="0.65"/>
    <imputation method="none"/>
    <!-- COINr's outlier rule: winsorise (up to 5 values) an indicator whose skew and kurtosis
         pass both limits, then log-transform it if that is not enough. -->
    <treatment method="skew-kurtosis" skew="2" kurtosis="3.5" winmax="5"/>
    <!-- min-max puts each indicator's worst value of the year at 0 and its best at 100: scores
         are relative to the year's field. For scores that compare between years, use the fixed
         goalposts declared above: <normalisation method="goalposts" high="100"/>. -->
    <normalisation method="minmax" low="0" high="100"/>
    <aggregation method="arithmetic"/>
    <tiers>
      <tier name="high" minimum="60"/>
      <tier name="middle" minimum="35"/>
      <tier name="low" minimum="-INF"/>
    </tiers>
    <!-- Optional, here left out: <match development="P1" governance="P2"/>, a quadrant chart of
         one side of the index against the other. -->
  </method>
</framework>
"""#
}
