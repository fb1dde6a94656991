#!/bin/sh
# Regenerates the synthetic sample city in data-samples/milano-synthetic (or the folder given first).
# Extra arguments are passed on: --seed N, --sections N.
set -e
cd "$(dirname "$0")/.."
MVN="${MVN:-./mvnw}"
"$MVN" -q compile
"$MVN" -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
if [ $# -eq 0 ] || [ "${1#--}" != "$1" ]; then
  set -- data-samples/milano-synthetic "$@"
fi
java -cp "target/classes:$(cat target/cp.txt)" org.welfareintelligence.samplecity.generator.SampleCityGenerator "$@"
