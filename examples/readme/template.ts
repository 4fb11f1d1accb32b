import { createUnmask } from 'unmask';

const unmask = createUnmask();
const { text } = await unmask.fill({
  template:
    'Order {{regex "order" "[A-Z]{2}-[0-9]{6}"}}: {{integer "qty" min=1 max=99}} x {{gen "item" maxTokens=12}}, ships {{gen "ships" format="date"}}, priority {{choice "priority" "low" "normal" "high"}}.',
  prompt: "hey, can you rush order KT-448210? it's 3 boxes of printer paper, has to leave tomorrow",
  referenceDate: '2025-06-09',
});
console.log(text);
// prints: Order KT-448210: 3 x printer, ships 2025-06-10, priority normal.
await unmask.dispose();
