import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hasNanoModel,
  loadNanoModel,
  manifestCompileOptions,
  NANO_COMPILE_OPTIONS,
  nanoModelDirectory,
} from './index';

describe('@unmask/model-nano', () => {
  it('points at weights/ beside src/', () => {
    expect(nanoModelDirectory.replace(/\/$/, '')).toMatch(/packages\/model-nano\/weights$/);
  });

  it('reads compile options from metadata.compile, else the fallback', () => {
    expect(
      manifestCompileOptions({ metadata: { compile: { stringTokens: 12, pretty: true, bogus: 1 } } }),
    ).toEqual({
      stringTokens: 12,
      pretty: true,
    });
    expect(manifestCompileOptions({ metadata: { compile: { stringTokens: -1 } } })).toEqual({});
    expect(manifestCompileOptions({}, NANO_COMPILE_OPTIONS)).toEqual({ stringTokens: 16 });
  });

  it('hasNanoModel follows the files; loading without weights is a typed error', async () => {
    expect(hasNanoModel()).toBe(existsSync(join(nanoModelDirectory, 'unmask.model.json')) && hasNanoModel());
    if (!hasNanoModel()) {
      await expect(loadNanoModel()).rejects.toMatchObject({ code: 'model' });
    } else {
      const nano = await loadNanoModel();
      expect(nano.compile.stringTokens).toBeGreaterThan(0);
      expect(nano.model.maskTokenId).toBe(nano.manifest.maskTokenId);
      await nano.model.dispose();
    }
  });
});
