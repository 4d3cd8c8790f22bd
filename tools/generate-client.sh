#!/usr/bin/env bash
# Generates a Java client of the ANSO Platform's API (docs/api-client.md) from a running platform's /v3/api-docs,
# with the generator and the options GeneratedClientTests checks on every build: openapi-generator 7.25.0, generator
# "java", library "native" (java.net.http and Jackson 2). The result is a Maven (and Gradle) project with its README
# and one Markdown page per API and model.
#
#   tools/generate-client.sh [platform address or saved openapi.json] [output folder]
#   tools/generate-client.sh http://localhost:8080 ../anso-client
#   tools/generate-client.sh https://platform.example.org /tmp/anso-client
#   tools/generate-client.sh saved-api-docs.json /tmp/anso-client
#
# Defaults: http://localhost:8080 and target/anso-platform-client. MVN overrides the Maven command ("mvn -o" by
# default, as the generator is a test dependency of the platform and already in the local repository; set MVN=mvn
# on a machine that has not built the platform yet). Then: cd <output folder> && mvn package.
set -euo pipefail

source="${1:-http://localhost:8080}"
out="${2:-target/anso-platform-client}"
MVN="${MVN:-mvn -o}"

repository="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
spec="$out/openapi.json"

if [ -f "$source" ]; then
  if [ "$(cd "$(dirname "$source")" && pwd)/$(basename "$source")" != "$spec" ]; then
    cp "$source" "$spec"
  fi
else
  echo "reading ${source%/}/v3/api-docs"
  curl --fail --silent --show-error --header 'Accept: application/json' "${source%/}/v3/api-docs" --output "$spec"
fi

cd "$repository"
# the generator's own code and options live in the test GeneratedClient, so the script and the test cannot drift apart
$MVN -q test-compile
$MVN -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/generated-client.classpath
java -cp "target/test-classes:$(cat target/generated-client.classpath)" \
  org.ansoplatform.platform.web.GeneratedClient "$spec" "$out"
echo "build it with: cd $out && mvn package"
