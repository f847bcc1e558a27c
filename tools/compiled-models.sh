#!/usr/bin/env bash
# Regenerates the EF Core compiled models that the start uses instead of building models from code
# (README, "Where a start's time goes"). Run it after a model change (tools/add-migration.sh); the test
# CompiledModelTests fails while a compiled model differs from the model built from code.
#   tools/compiled-models.sh            every context listed below
# Each entry: <project-dir> <ContextBaseName> <context namespace> [<folder of the context>, default Data]; both
# providers' subclasses are compiled, into <folder>/CompiledModels/<Provider> of the project, namespace
# <context namespace>.CompiledModels.<Provider>. Only the contexts named on the command line when there are any:
#   tools/compiled-models.sh Evaluations Jobs
# The assembly attributes EF Core writes are removed: the host names the model itself (ModuleDbContextServiceCollectionExtensions),
# so that design-time contexts and tests still build models from code to compare with.
set -euo pipefail
cd "$(dirname "$0")/.."
contexts=(
  "src/Showcase.Core Core Showcase.Core.Data"
  "modules/Showcase.Brands Brands Showcase.Brands.Data"
  "modules/Showcase.Organizations Organizations Showcase.Organizations.Data"
  "modules/Showcase.Evaluations Evaluations Showcase.Evaluations.Data"
  "modules/Showcase.DemoSites DemoSites Showcase.DemoSites.Data"
  "modules/Showcase.Leaderboards Leaderboards Showcase.Leaderboards.Data"
  "src/Showcase.Core Jobs Showcase.Core.Jobs Jobs"
)
# --nativeaot adds what EF Core otherwise makes at run time on a context's first use: the relational model (tables,
# columns, mappings) and the properties' accessors (UnsafeAccessor methods instead of compiled expression trees).
# Not for Evaluations: EF Core 10.0.15 generates code for EntryConflict that does not compile (a local named after
# its Source property hides the entry the snapshot reads), so it keeps the ordinary compiled model.
plain=" Evaluations "
dotnet tool restore >/dev/null
dotnet build src/Showcase.Web -v q -nologo >/dev/null
for entry in "${contexts[@]}"; do
  read -r project base ns folder <<<"$entry"
  folder=${folder:-Data}
  if [ $# -gt 0 ] && [[ " $* " != *" $base "* ]]; then
    continue
  fi
  for provider in Sqlite Postgres; do
    rm -rf "$project/$folder/CompiledModels/$provider"
    dotnet ef dbcontext optimize --no-build --context "${provider}${base}DbContext" \
      --project "$project" --startup-project src/Showcase.Web \
      --output-dir "$folder/CompiledModels/$provider" --namespace "$ns.CompiledModels.$provider" \
      $([[ "$plain" == *" $base "* ]] || echo --nativeaot)
    rm -f "$project/$folder/CompiledModels/$provider/${provider}${base}DbContextAssemblyAttributes.cs"
  done
done
