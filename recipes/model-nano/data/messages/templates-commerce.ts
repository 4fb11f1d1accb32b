// whole messages about buying and paying: shipping, orders, returns, invoices, expenses, reviews.
import type { TemplateGroup } from './format';

export const COMMERCE: TemplateGroup = {
  name: 'commerce',
  unstated: {
    shipping: ['tracking:id(1Z**********)', 'signature_required:bool|yes|no', 'weight:num(0,30,1)'],
    orders: ['coupon:id(SAVE##)', 'gift_wrap:bool|yes|no', 'delivery_note:note'],
    returns: ['refund_amount:money(5,300)', 'label_sent:bool|yes|no'],
    invoices: ['po:id(PO-#####)', 'vat_rate:pct(0,25)'],
    expenses: ['project:id(PRJ-###)', 'approved:bool|yes|no'],
    reviews: ['verified_purchase:bool|yes|no', 'reviewer.email'],
  },
  templates: [
    {
      id: 'ship.01',
      domain: 'shipping',
      text: `Hi {~recipient.first},

Could you ship {qty:int(1,40,d)} x {product} to {street}, {postcode} {city}? Not to {~city} like last time. We need it by {due:date}.

Thanks,
{sender.full}`,
    },
    {
      id: 'ship.02',
      domain: 'shipping',
      text: `From: {sender.full} <{sender.email}>
Sent: {sent:msgdate}
Subject: change of delivery address

Hello,
please deliver order {order:id(ORD-#####)} to our new warehouse instead:
{company}
{street}
{postcode} {city}
[[Earliest delivery {due:date}, between {from:time(7,10)} and {until:time(12,17)}.
]]Regards, {sender.first}`,
    },
    {
      id: 'ship.03',
      domain: 'shipping',
      text: `hey, can u send the {product} to my moms place instead? {street}, {city} {postcode}. she's home after {after:time(13,18)}[[ and her number is {contact.phone}]]. thx!!`,
    },
    {
      id: 'ship.04',
      domain: 'shipping',
      text: `[voicemail transcript] hi this is {caller.full} from {company} um calling about a parcel for {city} the tracking number is {tracking:id(1Z**********)} it says delivered but nobody here got it uh can you call me back on {caller.phone} thanks bye`,
    },
    {
      id: 'ship.05',
      domain: 'shipping',
      text: `Shipping details for order {order:id(#######)}:
- Recipient: {recipient.full}
- Address: {street}, {postcode} {city}, {country}
[[- Phone: {recipient.phone}
]]- Parcels: {parcels:int(1,6,d)}
[[- Express: {express:bool|yes;YES please;yes (paid extra)|no;no, standard is fine;standard}
]]`,
    },
    {
      id: 'ship.06',
      domain: 'shipping',
      text: `---------- Forwarded message ---------
From: {~fwd.full}
Date: {sent:msgdate}

> Please send the samples to {contact.full} at {company}, {street}, {city}. They should arrive {due:date}.

Hi {~me.first}, can you take care of this? The {~product} went out already, so it's only the {product} this time.`,
    },
    {
      id: 'ship.07',
      domain: 'shipping',
      text: `Dear Sir or Madam,

I am writing you because my package is not arrive until now. I have order {qty:int(1,5,d)} piece of {product} on {ordered:date(past)} with the number {order:id(@@-######)}. My address is {street}, {postcode} {city}. Please to check and answer me on {customer.email}.

Best regard
{customer.full}`,
    },
    {
      id: 'ship.08',
      domain: 'shipping',
      text: `pickup {pickup_time:time(7,12)} at {street}, {city} -> deliver to {~company}?? no sorry, straight to {company}. {pallets:int(2,12,d)} pallets, approx {weight:num(80,900,0)} kg total. contact on site {contact.first} {contact.phone}`,
    },
    {
      id: 'ship.09',
      domain: 'shipping',
      text: `Subject: Customs docs for shipment {shipment:id(SHP-####-@@)}

Hi all,
the shipment to {country} is held at customs. Declared value is {value:money(50,5000)}, contents: {contents:list(product,1,3)}.
Consignee: {consignee.full}, {consignee.phone}
Can someone send the commercial invoice to {broker.email} today?

{~sender.first}`,
    },
    {
      id: 'ord.01',
      domain: 'orders',
      text: `Hello,

I'd like to order {qty:int(1,6)} of the {product} in {color}, size {size:enum(@size)}. [[I'll pay {payment:enum(@payment)|card=by card;with my Visa|paypal=via PayPal|bank_transfer=by bank transfer}. ]]Please deliver to {street}, {postcode} {city}.

Many thanks,
{customer.full}
{customer.phone}`,
    },
    {
      id: 'ord.02',
      domain: 'orders',
      text: `do u still have the {product}?? i'd take {qty:int(1,5)}. can pay {payment:enum(@payment)|cash=cash on pickup;cash|paypal=paypal;thru paypal|card=card} {gift:bool|, it's a present so pls wrap it;, gift wrapped if possible|;, no need to wrap}`,
    },
    {
      id: 'ord.03',
      domain: 'orders',
      text: `Purchase order {po:id(PO-#####)}
Supplier: {company}
Please supply:
{items:rows(1,3)|<qty:int(1,50,d)> x <item:product> @ <price:money(2,400)>}
Deliver to: {street}, {city} by {due:date}
[[Payment terms: net {terms:int(14,60,d)} days
]]Buyer: {buyer.full}, {buyer.email}`,
    },
    {
      id: 'ord.04',
      domain: 'orders',
      text: `[call notes] Customer {customer.full} rang, wants {qty:int(1,20)} {product} for the {city} store. Said the last batch from {~company} was late, {express:bool|so he wants it sent express;so please rush it|but standard shipping is fine;but no need to rush this time}. Call back on {customer.phone} to confirm.`,
    },
    {
      id: 'ord.05',
      domain: 'orders',
      text: `reorder: {qty:int(2,60,d)}x {product}, same as {~order:id(PO-####)} but ship to the {city} office pls. {~qty2:int(2,60,d)} were damaged last time so maybe pack better. {~sender.first}`,
    },
    {
      id: 'ord.06',
      domain: 'orders',
      text: `Hi {customer.first},

thanks for shopping with {company}! Your order {order:id(#####-##)} has {status:enum(@status)|shipped=shipped and is on its way;left our warehouse|delivered=been delivered;arrived at your address|cancelled=been cancelled as requested|pending=been received but not shipped yet}. Total charged: {total:money(10,800)}.

Questions? Reply to this email or call {support.phone}.`,
    },
    {
      id: 'ord.07',
      domain: 'orders',
      text: `Hi! I'd like a birthday cake for {servings:int(6,40)} people, pick up {pickup:date} around {pickup_time:time(9,17)}. Flavour: {flavour:cake_flavour}. On top please write "Happy Birthday {name_on_cake:first}". {nuts:bool|Nuts are fine.;We're ok with nuts.|No nuts please, allergy in the family!;Please make it nut-free.} — {customer.full}, {customer.phone}`,
    },
    {
      id: 'ret.01',
      domain: 'returns',
      text: `Subject: Return request - order {order:id(ORD-#####)}

Hello,

I would like to return the {product} from this order because {reason}. I'd prefer {resolution:enum(refund,exchange,store_credit)|refund=a refund to my card;my money back|exchange=an exchange for a new one;a replacement|store_credit=store credit}.

Kind regards,
{customer.full}
{customer.email}`,
      keys: { reason: ['reason', 'return reason', 'why'] },
    },
    {
      id: 'ret.02',
      domain: 'returns',
      text: `the {product} i got yesterday is broken 😡 it was smashed right out of the box. order nr {order:id(#########)}. i want {resolution:enum(refund,exchange)|refund=my money back;a full refund|exchange=a new one asap;a replacement}. not paying for return shipping either`,
    },
    {
      id: 'ret.03',
      domain: 'returns',
      text: `Good day,
I receive the {product} but is not correct size, I need {size:enum(@size)|S=the small one;size S|M=the medium;size M|L=the large;size L|XL=XL}. The order is {order:id(@@########)}, I pay {paid:money(10,200)}. Can I send back to {~city} store or only by post? Thank you very much,
{customer.first} {customer.last}`,
    },
    {
      id: 'ret.04',
      domain: 'returns',
      text: `RMA request
• Customer: {customer.full} ({customer.email})
• Order: {order:id(#######)}
• Item: {product}, qty {qty:int(1,4,d)}
• Reason: {reason}
[[• Original packaging: {packaging:bool|yes;yes, unopened box|no;no, box thrown away}
]]• Preferred outcome: {resolution:enum(refund,exchange,repair)|refund=refund|exchange=swap for a new unit;exchange|repair=repair}`,
      keys: { reason: ['reason', 'return reason', 'why'] },
    },
    {
      id: 'ret.05',
      domain: 'returns',
      text: `[phone transcript] yeah hi so I ordered a {product} from you on {ordered:date(past)} and uh it {reason_spoken:enum(damaged,wrong_item,late)|damaged=came in pieces basically;was damaged in transit|wrong_item=wasn't even the thing I ordered;turned out to be the wrong item|late=took three weeks to show up} the order number is {order:id(#########)} my name is {customer.full} you can reach me at {customer.phone}`,
      keys: { reason_spoken: ['reason', 'return reason', 'issue type'] },
    },
    {
      id: 'inv.01',
      domain: 'invoices',
      text: `Dear {~customer.first},

please find below invoice {invoice:id(INV-####-###)} for the work done in {~month:month}.

{items:rows(1,3)|- <item:service>: <amount:money(50,3000)>}

Total due: {total:money(=items.amount)}, payable by {due:date}.
Bank: {bank:bank}, IBAN {~iban:id(DE## #### #### #### #### ##)}

Best,
{sender.full}
{company}`,
    },
    {
      id: 'inv.02',
      domain: 'invoices',
      text: `Subject: Friendly reminder – invoice {invoice:id(####/##)} overdue

Hi,

just a reminder that invoice {invoice:id(####/##)} over {amount:money(80,6000)} was due on {due:date(past)}. [[A late fee of {late_fee:pct(1,10)} applies after {grace:int(7,30,d)} more days. ]]If you've already paid, please ignore this.

Thanks,
{sender.full} | Accounts, {company}`,
    },
    {
      id: 'inv.03',
      domain: 'invoices',
      text: `Sent: {sent:msgdate}

Hello {~recipient.first}, we paid invoice {invoice:id(INV-######)} {paid_on:date(past)} by {payment:enum(@payment)|bank_transfer=bank transfer;wire|card=company card}, amount {amount:money(50,5000)}. Please confirm receipt. Remittance ref: {reference:id(@@@-#####)}.
— {sender.full}, {company}`,
    },
    {
      id: 'inv.04',
      domain: 'invoices',
      text: `Invoice #{invoice:id(###)}

Client: {client:company}
Work: {work:service} – {hours:int(2,80,d)} hours at {rate:money(30,150)}/h
Total: {total:money(=hours*rate)}
Please pay within {terms:int(7,45,d)} days to the account on file.
Thanks!
{sender.full}`,
      keys: { rate: ['hourly rate', 'rate', 'rate per hour'] },
    },
    {
      id: 'inv.05',
      domain: 'invoices',
      text: `Hi billing team,

we were charged {charged:money(100,900)} on invoice {invoice:id(@@-#######)}, but our contract with {company} says {expected:money(50,800)} a month on the {plan} plan. Could you check and credit the difference? Our account number is {account:id(########)}.

Regards,
{customer.full}`,
    },
    {
      id: 'inv.06',
      domain: 'invoices',
      text: `> From: {~vendor_contact.full}
> Invoice {invoice:id(########)} attached, net {net:money(100,5000)} + VAT {vat:pct(5,25)}.

{~colleague.first} — can you book this one? Vendor is {vendor:company}, due {due:date}. Cost centre {cost_center:id(CC-###)}.
Thx, {~sender.first}`,
    },
    {
      id: 'exp.01',
      domain: 'expenses',
      text: `Expense report – {employee.full}
Trip: {city}, {start:date(past)} to {end:date(+start,1,5)}
{items:rows(2,4)|* <category:expense_item>: <amount:money(5,600)>}
[[All receipts attached except the {~missing:expense_item}.
]]Please reimburse to my usual account.`,
      keys: { category: ['category', 'expense type', 'type'] },
    },
    {
      id: 'exp.02',
      domain: 'expenses',
      text: `quick q – can I expense the {category:expense_item} from last night? it was {amount:money(8,120)}, client meeting with {~client.full} from {client:company}. {receipt:bool|I have the receipt somewhere;receipt is in my bag|lost the receipt though;no receipt unfortunately}`,
    },
    {
      id: 'exp.03',
      domain: 'expenses',
      text: `Hi {~manager.first},

attaching receipts for {event_name} in {city}:
hotel {hotel_cost:money(80,900)}, train {train_cost:money(20,300)}, dinner {dinner_cost:money(20,400)}.
Total {total:money(=hotel_cost+train_cost+dinner_cost)}. Could you approve by {due:date}? Finance closes the month then.

Cheers,
{employee.full} (ID {employee_id:id(E####)})`,
    },
    {
      id: 'exp.04',
      domain: 'expenses',
      text: `Mileage claim: drove {km:int(20,900,d)} km to {city} and back to see {client:company} on {date:date(past,abs)}. Rate is {rate:num(0,1,2)} per km. Parking was extra, {parking:money(3,40)}. — {employee.first}`,
      keys: { rate: ['rate per km', 'mileage rate', 'rate'] },
    },
    {
      id: 'exp.05',
      domain: 'expenses',
      text: `[voice note] ok so for the expenses this week um lunch with the {client:company} people was {amount:money(20,250)} I paid {payment:enum(@payment)|card=with the company card;on the corporate card|cash=in cash;cash} and uh the taxi back from {~city} I'll send separately`,
    },
    {
      id: 'rev.01',
      domain: 'reviews',
      text: `{rating:int(1,5,d)}/5 – {headline:review_headline}

Bought the {product} {bought:date(past,abs)} for {price:money(10,900)}. {recommend:bool|Would buy again.;Recommended!;Would recommend to a friend.|Would not buy again.;Can't recommend it.;Save your money.}

– {reviewer.first} from {city}`,
    },
    {
      id: 'rev.02',
      domain: 'reviews',
      text: `We had dinner at {restaurant:company} last weekend, table for {guests:int(2,8)}. The {dish} was {sentiment:enum(@sentiment)|positive=incredible;honestly outstanding|neutral=fine, nothing special;okay|negative=cold and bland;a real letdown}. Service by {~waiter.first} was quick. Paid {total:money(30,400)} in total.`,
    },
    {
      id: 'rev.03',
      domain: 'reviews',
      text: `★★★☆☆ Stayed {nights:int(2,7)} nights at {hotel:company} in {city}. Room was clean but the {complaint:hotel_complaint}. Staff {helpful:bool|were lovely;were super helpful|didn't care;were not helpful at all}. Would I return? Maybe.`,
    },
    {
      id: 'rev.04',
      domain: 'reviews',
      text: `App review, version {version}, {os}:
"Since the last update {issue}. Used to love it. {stars:int(2,5,d)} stars until it's fixed." – {reviewer:username}`,
    },
    {
      id: 'rev.05',
      domain: 'reviews',
      text: `Review for {seller:company} ({rating:int(1,5,d)} out of 5)
Ordered: {product}
Arrived: {on_time:bool|on time;a day early|late;a week late}
Packaging: {packaging:enum(good,ok,poor)|good=great;very well packed|ok=fine|poor=a crushed box;terrible}
{reviewer.first} {reviewer.last}`,
    },
  ],
};
