import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FORMAT_DOC_FILE,
  JSON_SCHEMA_FILE,
  renderFormatDoc,
  renderJsonSchema,
} from '../../../lib/node/generate-schema';

// Both files are derived from lib/dataset/schema.ts; when one of these fails,
// run `npm run schema` and commit the result.
describe('files generated from the dataset schema', () => {
  it('public/compute-deals-v2.schema.json is up to date', () => {
    expect(readFileSync(JSON_SCHEMA_FILE, 'utf8')).toBe(renderJsonSchema());
  });

  it('lib/dataset/FORMAT.md is up to date', () => {
    expect(readFileSync(FORMAT_DOC_FILE, 'utf8')).toBe(renderFormatDoc());
  });

  it('the JSON Schema names itself', () => {
    const schema = JSON.parse(renderJsonSchema()) as Record<string, unknown>;
    expect(schema.$id).toMatch(/^urn:/);
    expect(schema.title).toContain('compute-deals/v2');
  });
});
