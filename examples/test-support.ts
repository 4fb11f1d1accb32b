import { uniformStandIn } from '@unmask/core/test';
import { createUnmask, hasNanoModel, type Unmask } from 'unmask';

/** the embedded model once its weights are installed; until then random logits (values still valid by construction). */
export const usesNanoModel = hasNanoModel();

export function exampleClient(seed = 0): Unmask {
  if (usesNanoModel) return createUnmask();
  return createUnmask(uniformStandIn({ seed }));
}
