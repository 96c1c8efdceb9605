// Fails when src/api/schema.gen.ts is not what openapi-typescript makes from ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'src/api/schema.gen.ts';
const dir = mkdtempSync(join(tmpdir(), 'klimanetz-gen-'));
const fresh = join(dir, 'schema.gen.ts');
try {
  const bin = (name) => join('node_modules', '.bin', name);
  execFileSync(bin('openapi-typescript'), ['../openapi.yaml', '-o', fresh], { stdio: 'pipe' });
  execFileSync(bin('prettier'), ['--write', fresh, '--config', '.prettierrc.json'], {
    stdio: 'pipe',
  });
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(
      `${committed} is out of date with ../openapi.yaml. Run "npm run gen" (or "make gen") and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`${committed} matches ../openapi.yaml`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
