import { uniformStandIn } from '@unmask/core/test';

/** a random-logits model over a small byte tokenizer: every value still valid by construction. */
export const uniformModel = (seed = 0) => uniformStandIn({ seed });
