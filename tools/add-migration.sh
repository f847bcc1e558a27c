#!/usr/bin/env bash
# Adds an EF Core migration for both providers of one module's DbContext.
#   tools/add-migration.sh <project-dir> <ContextBaseName> <MigrationName>
#   e.g. tools/add-migration.sh modules/Showcase.Organizations Organizations AddUnitSortOrder
# The context classes are Sqlite<Base>DbContext and Postgres<Base>DbContext; migrations go to
# Data/Migrations/Sqlite and Data/Migrations/Postgres of the project.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$1 base=$2 name=$3
ns=$(basename "$project")
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --context "${provider}${base}DbContext" \
    --project "$project" --startup-project src/Showcase.Web \
    --output-dir "Data/Migrations/$provider"
done
