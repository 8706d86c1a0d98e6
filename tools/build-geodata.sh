#!/bin/sh
# Rebuilds src/main/resources/geodata/ from the public sources listed in NOTICE (each source folder has a SOURCE.md).
# Run after a new EKATTE release, review the diff, commit.  Usage: tools/build-geodata.sh [source-data-dir]
set -eu
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/geodata.classpath
java -cp "target/test-classes:target/classes:$(cat target/geodata.classpath)" \
    bg.libpartners.geography.tools.GeodataBuilder "${1:-/work/shared/data}" .
