#!/usr/bin/env bash
# The published packages as a user gets them: build every package, lint each with publint --strict and
# attw, pack each with pnpm (workspace:* becomes a version), install the tarballs with npm in a fresh
# app outside the workspace, and run generate and fill there through the API and through the CLI with
# the embedded nano model. Needs only the npm registry (the app's install); publint and attw come from
# the root devDependencies (`pnpm install`), never downloaded here. Temp folders are removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tools=$root/node_modules/.bin
started=$SECONDS

work=$(mktemp -d "${TMPDIR:-/tmp}/unmask-packages.XXXXXX")
trap 'rm -rf "$work"' EXIT
case "$work/" in "$root"/*)
  echo "check-packages: the temp folder $work is inside the workspace; set TMPDIR elsewhere" >&2
  exit 1
  ;;
esac
packs=$work/packs
app=$work/app
mkdir -p "$packs" "$app"

fail() {
  echo "check-packages: $*" >&2
  exit 1
}

echo "== build"
pnpm -s build

# a package's tarball carries what runs (dist; model-nano's weights, the facade's bin), its README or
# LICENSE: never sources, tests, fixtures, test-support files, Python or the training recipe.
# (TypeScript sources are forbidden, declarations (.d.ts) are not; dist/test/ is @unmask/core's
# `./test` entry, the scripted models it exports for users' tests.)
forbidden='^package/(src|train|test|bench|eval|examples)/|\.test(-d)?\.|test-support|__fixtures__|\.py$|[^d]\.ts$|[^.]d\.ts$'

for dir in packages/*/; do
  dir=${dir%/}
  name=$(node -p "require('./$dir/package.json').name")
  private=$(node -p "require('./$dir/package.json').private === true")
  [ "$private" = true ] && continue
  echo "== $name ($dir)"
  (
    cd "$dir"
    "$tools/publint" --strict
    # esm-only: the packages are ESM with `exports` and no `main`, on purpose (STYLE.md), so node10
    # resolution (no `exports` support) and require() from CommonJS are not supported targets
    "$tools/attw" --pack --profile esm-only
  )
  mkdir "$packs/${dir#packages/}"
  (cd "$dir" && pnpm pack --pack-destination "$packs/${dir#packages/}" >/dev/null)
  tarball=$(echo "$packs/${dir#packages/}"/*.tgz)
  tar tzvf "$tarball" | awk '{ printf "  %9d  %s\n", $3, $6 }'
  echo "  $(stat -c %s "$tarball") bytes packed: $(basename "$tarball")"
  if tar tzf "$tarball" | grep -E "$forbidden"; then fail "$name's tarball carries the files above"; fi
done

# library code never imports a /test entry (test/dependency-direction.test.ts checks the sources;
# this checks what the bundler wrote)
if grep -rnE "(from|import)[[:space:]]*\(?[[:space:]]*[\"'](@unmask/[^/\"']+|unmask)/test([\"'/])" \
  packages/*/dist --include='*.js' --include='*.d.ts'; then
  fail "a built package imports a /test entry (above)"
fi

echo "== fresh app: $app"
cd "$app"
printf '{ "name": "unmask-package-check", "private": true, "type": "module" }\n' >package.json
# zod at the range the packages declare; onnxruntime-node ships its CPU binding in the package, and
# ONNXRUNTIME_NODE_INSTALL=skip stops its install script from downloading the GPU ones
zod=$(node -p "require('$root/packages/schema/package.json').dependencies.zod")
install_started=$SECONDS
ONNXRUNTIME_NODE_INSTALL=skip npm install --no-audit --no-fund --loglevel=error "$packs"/*/*.tgz "zod@$zod"
echo "installed in $((SECONDS - install_started)) s"
# every @unmask package and the facade come from the tarballs, never the registry
node -e "
const lock = require('./package-lock.json').packages;
for (const [path, entry] of Object.entries(lock)) {
  const name = path.replace(/^.*node_modules\//, '');
  if ((name === 'unmask' || name.startsWith('@unmask/')) && !/^file:/.test(entry.resolved ?? ''))
    throw new Error(path + ' was not installed from a tarball: ' + entry.resolved);
}"

cat >check.mjs <<'EOF'
import { schemaValidator } from '@unmask/schema';
import { createUnmask } from 'unmask';
import { z } from 'zod';

const masks = /░|<\|mask\|>|\{\{/;
const unmask = createUnmask(); // the embedded nano model
const schema = {
  type: 'object',
  properties: { name: { type: 'string' }, city: { type: 'string' } },
  required: ['name', 'city'],
};
const generated = await unmask.generate({ schema, prompt: 'Please send it to Ana Ruiz, 12 Rue Lepic, Paris.' });
const text = JSON.stringify(generated.value);
const issues = schemaValidator(schema)(JSON.parse(text));
if (issues.length > 0) throw new Error(`generate: ${text} does not validate: ${JSON.stringify(issues)}`);
console.log(`api generate: ${text}`);

const typed = await unmask.generate({
  schema: z.object({ name: z.string(), city: z.string() }),
  prompt: 'Please send it to Ana Ruiz, 12 Rue Lepic, Paris.',
});
if (typeof typed.value.name !== 'string' || typeof typed.value.city !== 'string')
  throw new Error(`generate (zod): ${JSON.stringify(typed.value)}`);
console.log(`api generate (zod): ${JSON.stringify(typed.value)}`);

const filled = await unmask.fill({
  template: 'Order {{regex "order" "[A-Z]{2}-[0-9]{6}"}}: {{integer "qty" min=1 max=99}} x {{gen "item" maxTokens=12}}, priority {{choice "priority" "low" "normal" "high"}}.',
  prompt: 'can you rush order KT-448210? 3 boxes of printer paper',
});
if (masks.test(filled.text) || Object.keys(filled.slots).length !== 4)
  throw new Error(`fill: ${JSON.stringify(filled)}`);
console.log(`api fill: ${filled.text}`);
await unmask.dispose();
EOF
node check.mjs

printf '%s\n' '{ "type": "object", "properties": { "name": { "type": "string" }, "city": { "type": "string" } }, "required": ["name", "city"] }' >s.json
printf '%s\n' 'Order {{regex "order" "[A-Z]{2}-[0-9]{6}"}}: {{integer "qty" min=1 max=99}} x {{gen "item" maxTokens=12}}.' >t.hbs
# --no: the local bin or nothing (never a download)
npx --no unmask generate --schema s.json --prompt 'Please send it to Ana Ruiz, 12 Rue Lepic, Paris.' --json >generate.json
node -e "
const out = JSON.parse(require('fs').readFileSync('generate.json', 'utf8'));
if (!out.valid || typeof out.value?.name !== 'string' || JSON.stringify(JSON.parse(out.text)) !== JSON.stringify(out.value))
  throw new Error('cli generate: ' + JSON.stringify(out));
console.log('cli generate: ' + out.text);"
npx --no unmask fill t.hbs --prompt 'can you rush order KT-448210? 3 boxes of printer paper' --json >fill.json
node -e "
const out = JSON.parse(require('fs').readFileSync('fill.json', 'utf8'));
if (!out.valid || /░|<\|mask\|>|\{\{/.test(out.text)) throw new Error('cli fill: ' + JSON.stringify(out));
console.log('cli fill: ' + out.text);"

echo "check-packages: all good in $((SECONDS - started)) s"
