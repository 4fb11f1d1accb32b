// whole messages about running a home: utilities and meter readings, tradespeople, cleaning,
// gardening, moving and storage, deliveries, alarms, waste, home insurance, banks and mortgages,
// tenancy, phone and internet plans, childcare, pet care, lessons, gyms, garages, selling cars,
// council permits, neighbours. Five groups of four domains each (a group holds 20 to 40 templates):
// HOME (upkeep), HOME_MOVE, HOME_MONEY, HOME_FAMILY, HOME_LOCAL.
import type { TemplateGroup } from './format';

// key synonyms of the fields these messages name and KEYS does not (or names for something else);
// roles and fields every group shares
const COMMON = {
  landlord: ['landlord', 'property owner', 'lessor'],
  sitter: ['sitter', 'babysitter', 'carer'],
  walker: ['dog walker', 'walker', 'carer'],
  tutor: ['tutor', 'teacher'],
  instructor: ['instructor', 'teacher', 'coach'],
  trainer: ['trainer', 'personal trainer', 'coach'],
  neighbour: ['neighbour', 'neighbor', 'reported by'],
  member: ['member', 'customer', 'applicant'],
  cleaner: ['cleaner', 'cleaning lady', 'provider'],
  gardener: ['gardener', 'contractor'],
  contractor: ['contractor', 'installer', 'quoted by'],
  aupair: ['au pair', 'applicant', 'candidate'],
  advisor: ['advisor', 'mortgage advisor', 'adviser'],
  keyholder: ['keyholder', 'key holder', 'emergency contact'],
  seller: ['seller', 'private seller', 'vendor'],
  mover: ['mover', 'removals contact', 'crew lead'],
  dealer: ['dealer', 'salesperson', 'sales contact'],
  // KEYS says these of other things (symptoms, hotel nights, a birthday)
  age: ['age', 'age years', 'years old'],
  weeks: ['weeks', 'duration weeks', 'number of weeks'],
  budget: ['budget', 'max budget', 'spending limit'],
} as const;

const UPKEEP_KEYS = {
  ...COMMON,
  meter: ['meter', 'meter type', 'utility'],
  meter_reading: ['meter reading', 'reading', 'current reading', 'meter index'],
  meter_id: ['meter number', 'meter id', 'meter serial number'],
  direct_debit: ['direct debit', 'pays by direct debit', 'direct debit ok'],
  bill: ['bill number', 'bill', 'bill reference', 'invoice number'],
  people: ['people', 'occupants', 'household size', 'residents'],
  away_from: ['away from', 'absent from', 'away since'],
  away_to: ['away until', 'absent until', 'back on'],
  households: ['households', 'households affected', 'homes affected'],
  supplier: ['supplier', 'energy supplier', 'provider', 'utility company'],
  meters: ['meters', 'meter types', 'fuel'],
  slot: ['slot', 'time slot', 'appointment window'],
  tariff: ['tariff', 'tariff type', 'rate type'],
  unit_rate: ['unit rate', 'price per kwh', 'rate per kwh'],
  standing: ['standing charge', 'daily charge', 'standing charge per day'],
  monthly: ['monthly payment', 'monthly', 'per month', 'monthly cost'],
  electric: ['electricity', 'electric bill', 'power cost'],
  gas: ['gas', 'gas bill', 'gas cost'],
  water: ['water', 'water bill', 'water cost'],
  instalment: ['instalment', 'monthly instalment', 'installment', 'offered payment'],
  prepay: ['prepayment meter', 'prepay ok', 'accepts prepayment meter'],
  boiler_brand: ['boiler brand', 'boiler make', 'brand'],
  boiler_age: ['boiler age', 'boiler age years', 'age of boiler'],
  quote_ref: ['quote number', 'quote reference', 'quote ref'],
  sockets: ['sockets', 'extra sockets', 'socket count'],
  room: ['room', 'location', 'where in house'],
  labour: ['labour', 'labor', 'labour cost'],
  materials: ['materials', 'materials cost', 'parts'],
  valid_until: ['valid until', 'quote valid until', 'expiry'],
  certificate: ['certificate', 'certificate included', 'includes certificate'],
  tv_size: ['tv size', 'screen size', 'tv inches'],
  shelves: ['shelves', 'shelf count', 'number of shelves'],
  rate: ['hourly rate', 'rate', 'rate per hour'],
  hours: ['hours', 'estimated hours', 'time needed'],
  parking: ['parking', 'parking available', 'can park'],
  job_no: ['job number', 'job sheet', 'job id'],
  fault: ['fault', 'problem', 'fault reported'],
  parts: ['parts', 'parts cost', 'materials'],
  weekday: ['day', 'preferred day', 'weekday'],
  callout: ['call out fee', 'callout charge', 'visit fee'],
  parts_included: ['parts included', 'includes parts'],
  gas_safe: ['gas safe number', 'registration number', 'gas safe id'],
  tasks: ['tasks', 'jobs', 'repairs', 'to do'],
  code: ['key safe code', 'lockbox code', 'door code', 'code'],
  oven: ['oven', 'oven cleaning', 'clean oven'],
  keys_by: ['keys returned by', 'key return time', 'handover time'],
  skip: ['skip', 'leave out', 'not this time'],
  pay: ['pay', 'payment', 'amount', 'price'],
  years: ['years experience', 'experience years', 'years'],
  weekdays: ['days', 'weekdays', 'which days'],
  supplies: ['supplies', 'cleaning products', 'materials provided'],
  missed: ['missed', 'room missed', 'not cleaned'],
  own_products: ['own products', 'brings products', 'supplies included'],
  min_hours: ['minimum hours', 'min hours', 'minimum booking'],
  linen: ['linen', 'linen change', 'hotel linen'],
  trees: ['trees', 'trees to remove', 'tree count'],
  weekends: ['weekends', 'weekend work', 'weekend ok'],
  bags: ['bags', 'bag count', 'number of bags'],
  tip_fee: ['tip fee', 'disposal fee', 'dump fee'],
  next: ['next visit', 'next date', 'next'],
  work: ['work', 'job', 'tree work'],
  tpo: ['preservation order', 'tree preservation order', 'protected tree'],
  material: ['material', 'product', 'type'],
  drop: ['drop off point', 'leave at', 'drop location'],
  home: ['at home', 'home', 'someone home'],
  frequency: ['frequency', 'how often', 'interval'],
  end_month: ['last month', 'until month', 'season end'],
  clippings: ['clippings', 'take clippings', 'remove clippings'],
  patio_area: ['patio area', 'patio size', 'patio sqm'],
  beds: ['raised beds', 'beds', 'planters'],
  panels: ['fence panels', 'panels', 'panel count'],
  lighting: ['lighting', 'garden lighting', 'lights'],
  deposit_amount: ['deposit', 'deposit amount', 'down payment'],
  times: ['times', 'times per week', 'visits per week'],
  per_sqm: ['price per sqm', 'per square metre', 'rate per m2'],
  deposit_pct: ['deposit percent', 'deposit', 'deposit share'],
  contract_end: ['contract end', 'contract ends', 'fixed until'],
  smart_meter: ['smart meter', 'has smart meter'],
  warranty_months: ['warranty months', 'guarantee months', 'warranty'],
  emergency_fee: ['emergency fee', 'out of hours fee', 'emergency surcharge'],
  eco_products: ['eco products', 'green products', 'eco friendly'],
  key_code: ['key code', 'key safe code', 'door code'],
  green_waste: ['green waste removal', 'takes green waste', 'waste removal'],
} as const;

export const HOME: TemplateGroup = {
  name: 'home-upkeep',
  unstated: {
    utilities: [
      'contract_end:date',
      'smart_meter:bool|yes|no',
      'payment:enum(@payment)',
      'tariff:enum(fixed,variable)',
    ],
    trades: [
      'quote_ref:id(Q-####)',
      'warranty_months:int(3,24)',
      'vat_rate:pct(0,25)',
      'emergency_fee:money(50,200)',
    ],
    cleaning: ['booking:id(CL-#####)', 'eco_products:bool|yes|no', 'key_code:id(####)', 'hours:num(1,8,1)'],
    gardening: ['gardener.phone', 'green_waste:bool|yes|no', 'vat_rate:pct(0,25)', 'invoice:id(INV-####)'],
  },
  templates: [
    {
      id: 'util.01',
      domain: 'utilities',
      keys: UPKEEP_KEYS,
      text: `Subject: Meter reading for account {account:id(##########)}

Hello,

my {meter:enum(electricity,gas,water)|electricity=electricity;electric|gas=gas|water=water} meter read {meter_reading:int(1000,99999,d)} {date:date(past,abs,on)}. Your last bill was estimated at {~estimate:int(1000,99999,d)}, which is far too high, so please recalculate it.

Regards,
{customer.full}
[[{street}, {city}]]`,
    },
    {
      id: 'util.02',
      domain: 'utilities',
      keys: UPKEEP_KEYS,
      text: `[{sent:msgdate}] {customer.first}: hi, I moved into {street}, {postcode} {city} {move_in:date(past,on)} and need the {meter:enum(electricity,gas)|electricity=electricity|gas=gas} account put in my name. Meter no. {meter_id:id(@##@#####)} shows {meter_reading:int(100,60000,d)} on the display[[, previous tenant was {~previous.full}]]. {direct_debit:bool|Happy to pay by direct debit.;Direct debit is fine.|I'd rather not set up a direct debit, just send the bills.;No direct debit please.}`,
    },
    {
      id: 'util.03',
      domain: 'utilities',
      keys: UPKEEP_KEYS,
      text: `Hello, I receive the water bill {bill:id(W-######)} for {amount:money(80,900)} but normally I pay around {~usual:money(20,90)} each quarter. We are only {people:int(1,3)} person in the flat and nobody was home from {away_from:date(past,abs)} to {away_to:date(+away_from,7,30)}. Maybe there is a leak or the meter is broken? Please check. {customer.full}[[, customer number {account:id(#########)}]]`,
    },
    {
      id: 'util.04',
      domain: 'utilities',
      keys: UPKEEP_KEYS,
      text: `PLANNED POWER INTERRUPTION

Dear resident of {street},
to replace a transformer, {supplier:company} will switch off the electricity {date:date(abs,on)} from {from:time(7,10)} to {until:time(13,17)}. About {households:int(40,400,d)} households are affected. [[Please keep fridges and freezers closed. ]]If you rely on medical equipment, call {support.phone}. Ref {reference:id(OUT-#####)}.`,
    },
    {
      id: 'util.05',
      domain: 'utilities',
      keys: UPKEEP_KEYS,
      text: `[call transcript] agent: {supplier:company}, how can I help? caller: hi yeah I'd like a smart meter fitted, the account's under {customer.full}, number {account:id(########)}. agent: for gas and electricity? caller: {meters:enum(both,electricity,gas)|both=both please;yeah both|electricity=just the electric, we've got no gas;only electricity|gas=only the gas actually} agent: earliest is {date:date(abs)}, {slot:enum(morning,afternoon)|morning=eight till twelve;mornings|afternoon=twelve till four;afternoon} caller: perfect`,
    },
    {
      id: 'util.06',
      domain: 'utilities',
      keys: UPKEEP_KEYS,
      text: `Your switch to {supplier:company} is confirmed
• Customer: {customer.full}
• Supply address: {street}, {postcode} {city}
• Tariff: {tariff:enum(fixed,variable)|fixed=Fixed 24M;fixed price|variable=Standard variable;Flex}
• Unit rate: {unit_rate:num(0,1,3)} per kWh, standing charge {standing:num(0,1,2)} a day
• Switch date: {start:date(abs)}
[[• Old supplier: {~old_supplier:company}
]]• Monthly payment: {monthly:money(40,250)}`,
    },
    {
      id: 'util.07',
      domain: 'utilities',
      keys: UPKEEP_KEYS,
      text: `bills for {~month:month} 🧾
electric {electric:money(30,200)}
gas {gas:money(20,150)}
water {water:money(10,80)}
= {total:money(=electric+gas+water)} split {people:int(2,5,d)} ways. [[send me your share by {due:date(abs)} pls! ]]{sender.first}`,
    },
    {
      id: 'util.08',
      domain: 'utilities',
      keys: UPKEEP_KEYS,
      text: `Dear {~agent.first},

Thank you for your letter about gas account {account:id(GA-#######)}. I can't clear the {amount:money(150,1500)} arrears in one go since losing my job in {~month:month}, but I could pay {instalment:money(20,150)} a month starting {start:date(abs)}. [[{prepay:bool|I'd also be open to a prepayment meter.|Please don't fit a prepayment meter, I have a young child at home.}]]

Yours sincerely,
{customer.full}`,
    },
    {
      id: 'trade.01',
      domain: 'trades',
      keys: UPKEEP_KEYS,
      text: `Hi {~plumber.first},

Our boiler's been losing pressure for {days:int(3,14)} days and now there's no hot water at all. [[It's a {boiler_brand:enum(Worcester,Vaillant,Baxi,Ideal)} combi, roughly {boiler_age:int(3,20)} years old. ]]Could you come {date:date(abs,on)}? Someone will be in after {after:time(8,15)}. We're at {street}, {city}.

Thanks,
{customer.full}
{customer.phone}`,
    },
    {
      id: 'trade.02',
      domain: 'trades',
      keys: UPKEEP_KEYS,
      text: `Quote {quote_ref:id(Q-####)} – {company}
Customer: {customer.full}, {street}, {city}
Work: new consumer unit + {sockets:int(2,8,d)} double sockets in the {room:enum(kitchen,garage,living_room,bedroom)|kitchen=kitchen|garage=garage|living_room=living room;lounge|bedroom=main bedroom}
Labour: {labour:money(150,1200)}
Materials: {materials:money(80,900)}
Total: {total:money(=labour+materials)}
[[Electrical certificate: {certificate:bool|included|charged separately}
]]Valid until {valid_until:date(abs)}`,
    },
    {
      id: 'trade.03',
      domain: 'trades',
      keys: UPKEEP_KEYS,
      text: `WhatsApp · {sent:msgdate}
{customer.first}: hi, are you free {date:date} to mount a {tv_size:int(40,75,d)}" TV and put up {shelves:int(2,6)} shelves? walls are plasterboard not brick
{~handyman.first}: yes from {time:time(8,16)}, {rate:money(25,60)} an hour plus fixings, probably {hours:int(2,5)} hrs
{customer.first}: great, it's {street}. {parking:bool|you can park on our drive;there's free parking out front|no parking here sadly, pay & display round the corner}`,
    },
    {
      id: 'trade.04',
      domain: 'trades',
      keys: UPKEEP_KEYS,
      text: `[voicemail] hi it's {customer.full} at {street} um there's a leak upstairs and it's dripping down into the kitchen light fitting, {valve_closed:bool|I've turned the stopcock off already;we've shut the water off at the mains|I can't find the stopcock;I don't know where the valve is so it's still running} so {urgent:bool|please come as soon as you possibly can|it's slowed down a lot, tomorrow would be ok} call me back on {customer.phone} thanks`,
    },
    {
      id: 'trade.05',
      domain: 'trades',
      text: `JOB SHEET #{job_no:id(####)}
Date: {date:date(past,abs)}   Engineer: {technician.full}
Site: {street}, {postcode}
Fault: {fault:enum(tripping,no_power,flickering)|tripping=RCD trips when kettle is on|no_power=no power to upstairs sockets|flickering=hall lights flickering}
Time on site: {hours:num(0.5,5,1)} h
[[Parts: {parts:money(5,150)}
]]Paid: {paid:bool|YES – card on site;yes, cash|NO – invoice to follow;not paid, invoice emailed}`,
      keys: { ...UPKEEP_KEYS, paid: ['paid', 'paid on site', 'is paid'] },
    },
    {
      id: 'trade.06',
      domain: 'trades',
      keys: UPKEEP_KEYS,
      text: `Hello Sir, I need somebody for fix {problem:repair_issue} in my apartment and also paint one room, around {area:int(10,30,d)} m2. I am not at home in the week, only {weekday} evening or saturday. Is possible to give me the price before? My adress is {street}, {city}. Thank you, {customer.full}[[ ({customer.phone})]]`,
    },
    {
      id: 'trade.07',
      domain: 'trades',
      keys: UPKEEP_KEYS,
      text: `Subject: Re: dripping tap & toilet

Hi {customer.first},

Thanks for the photos. I can come {date:date(abs,on)} between {from:time(8,11)} and {until:time(12,16)}. Call-out is {callout:money(40,120)} including the first hour, then {rate:money(30,90)} per hour. [[{parts_included:bool|Washers and cartridges are included.|Parts are extra.} ]]If {~partner.first} isn't home, leave a key with a neighbour.

Cheers,
{technician.full}
{company} – Gas Safe reg. {gas_safe:id(######)}`,
    },
    {
      id: 'trade.08',
      domain: 'trades',
      keys: UPKEEP_KEYS,
      text: `Hi {technician.first}, jobs for {street} before the new tenants move in {deadline:date(abs,on)}:
{tasks:bullets(repair_issue,2,4)}
Key is in the lockbox, code {code:id(####)}. [[Budget {budget:money(200,1500)} max, ask me first if it's more. ]]– {manager.full}`,
    },
    {
      id: 'cln.01',
      domain: 'cleaning',
      keys: UPKEEP_KEYS,
      text: `Hello,

I'm moving out of a {bedrooms:int(1,4)}-bed {property:enum(flat,house,townhouse)} on {street} and need an end-of-tenancy clean {date:date(abs,on)}. There are {bathrooms:int(2,3)} bathrooms, and the oven {oven:bool|needs doing too;is pretty greasy, please include it|is brand new, so you can skip it;doesn't need cleaning}. [[The keys go back to the agent by {keys_by:time(14,18)} that day.]]

Could you send me a price?
{customer.full}`,
    },
    {
      id: 'cln.02',
      domain: 'cleaning',
      keys: UPKEEP_KEYS,
      text: `[{sent:msgdate}] {customer.first}: Hi {~cleaner.first}! Could you come {date:date} instead of the usual {~weekday}? Any time from {time:time(8,15)} works. Windows this time please, and {skip:enum(ironing,fridge,balcony)|ironing=no ironing this week|fridge=skip the fridge|balcony=leave the balcony}.[[ I'll leave {pay:money(40,150)} on the kitchen table 🙂]]`,
    },
    {
      id: 'cln.03',
      domain: 'cleaning',
      keys: UPKEEP_KEYS,
      text: `Cleaning agreement: {~provider:company} for {client:company}
• Site: {street}, {city}, {area:int(80,900,d)} m²
• Visits: every {weekdays:list(weekday,1,3)}
• Start: {start:date(abs)}, after {time:time(17,20)}
• Price: {price:money(150,2500)} per month excl. VAT
[[• Supplies: {supplies:bool|provided by us|provided by the client}
]]Site contact: {contact.full}, {contact.email}`,
    },
    {
      id: 'cln.04',
      domain: 'cleaning',
      keys: UPKEEP_KEYS,
      text: `Dear {~manager.first},

the team who came {date:date(past,abs,on)} left the {missed:enum(kitchen,bathroom,bedrooms,living_room)|kitchen=kitchen|bathroom=bathroom|bedrooms=bedrooms|living_room=living room} untouched and broke our {product}. I paid {paid:money(60,300)} for a deep clean. I'd like {resolution:enum(refund,redo)|refund=a partial refund;some money back|redo=someone to come back and finish;a free re-clean}.[[ Booking ref {booking:id(CL-#####)}.]]

{customer.full}`,
    },
    {
      id: 'cln.05',
      domain: 'cleaning',
      keys: UPKEEP_KEYS,
      text: `[voicemail] hello this is {customer.full} calling about carpet cleaning, we've got {rooms:int(2,6)} rooms plus the stairs um {pets:bool|we have a dog so there's a lot of hair;we've got two cats|there are no pets;no animals in the house} could you do {date:date(abs)} in the morning? my number is {customer.phone} bye`,
    },
    {
      id: 'cln.06',
      domain: 'cleaning',
      keys: UPKEEP_KEYS,
      text: `Hello! My name is {cleaner.full}, I am cleaning lady with {years:int(3,20)} years experience and good references. I clean houses and flats in {city} and around. Price {rate:money(12,25)} per hour[[, minimum {min_hours:int(2,4,d)} hours]]. {own_products:bool|I bring my own products.|You give the products please.} Call or message {cleaner.phone}.`,
    },
    {
      id: 'cln.07',
      domain: 'cleaning',
      keys: UPKEEP_KEYS,
      text: `turnover – {street}
out {checkout:date(abs)} 11:00 / in {checkin:date(+checkout,0,3)}
[[guests: {guests:int(1,8)}
]]linen: {linen:bool|hotel linen, bag the dirty set for laundry|guests bring their own, just strip the beds}
pay {pay:money(30,120)} by {payment:enum(@payment)|cash=cash in the drawer|bank_transfer=bank transfer|paypal=PayPal}`,
    },
    {
      id: 'gdn.01',
      domain: 'gardening',
      keys: UPKEEP_KEYS,
      text: `Hi there,

We've just bought a house on {street} in {city} and the back garden is a jungle. We'd like the lawn returfed (around {area:int(20,200,d)} m²), the hedge cut back and {trees:int(1,4)} small trees taken out. [[Budget is about {budget:money(500,5000,r)}. ]]{weekends:bool|Weekend work is fine by us.|No weekend work please, we have a newborn.} Could you come round to look {date:date(abs,on)}?

Best,
{customer.full}`,
    },
    {
      id: 'gdn.02',
      domain: 'gardening',
      keys: UPKEEP_KEYS,
      text: `Hedge + mow done {date:date(past,abs)}, {hours:num(1,6,1)} hrs. Took {bags:int(2,10)} bags of green waste to the tip[[ ({tip_fee:money(5,30)})]]. Total {total:money(30,300)} please. Next visit {next:date(+date,7,21)} unless you tell me otherwise. Cheers, {gardener.first}`,
    },
    {
      id: 'gdn.03',
      domain: 'gardening',
      keys: UPKEEP_KEYS,
      text: `Dear {customer.full},

Following my visit, my price to {work:enum(fell,reduce,prune)|fell=fell the oak and grind out the stump|reduce=reduce the oak's crown by about a third|prune=crown-lift and prune the oak} is {price:money(300,2500)} including waste removal. As the tree {tpo:bool|is protected by a preservation order, we'll need council consent first|has no preservation order, we can go ahead once you confirm}.[[ Earliest start {start:date(abs)}.]]

Regards,
{contractor.full}, {company}`,
    },
    {
      id: 'gdn.04',
      domain: 'gardening',
      keys: UPKEEP_KEYS,
      text: `Hi, could you deliver {bags:int(5,40,d)} bags of {material:enum(compost,bark,topsoil,gravel)|compost=peat-free compost|bark=bark mulch|topsoil=topsoil|gravel=pea gravel} to {street}, {postcode} {date:date(abs,on)}? Please leave them {drop:enum(driveway,side_gate,front)|driveway=on the driveway|side_gate=by the side gate|front=in the front garden}, {home:bool|I'll be in.|I won't be home.}[[ I'll pay by {payment:enum(@payment)|card=card over the phone|bank_transfer=bank transfer}.]] {customer.full}`,
    },
    {
      id: 'gdn.05',
      domain: 'gardening',
      keys: UPKEEP_KEYS,
      text: `[call transcript] hi, {customer.first} here from {street}, we'd like someone to cut the grass every {frequency:enum(week,two_weeks,month)|week=week|two_weeks=fortnight;other week|month=month} from now until {end_month:month}, it's front and back, not huge. {clippings:bool|and could you take the clippings away|you can leave the clippings in our brown bin} um what do you charge? you can text me on {customer.phone}`,
    },
    {
      id: 'gdn.06',
      domain: 'gardening',
      keys: UPKEEP_KEYS,
      text: `Garden plan for {customer.full}
- patio: {patio_area:int(8,40,d)} m², {material:enum(sandstone,porcelain,concrete)}
- raised beds: {beds:int(1,6)}
- fence panels to replace: {panels:int(2,12)}
[[- lighting: {lighting:bool|yes, solar|not this year}
]]Start {start:date(abs)}, about {weeks:int(1,6)} weeks. Deposit {deposit_amount:money(300,3000)} on signing.`,
    },
    {
      id: 'gdn.07',
      domain: 'gardening',
      keys: UPKEEP_KEYS,
      text: `Good evening, we go on holiday to {country} from {start:date(abs)} until {end:date(+start,7,21)}. Can you water our garden {times:int(2,4)} times in the week? The key is under the blue pot and the tap is behind the garage. [[We pay {pay:money(10,40)} each visit, is ok? ]]Please cut also the grass one time. Thank you, {customer.full}`,
    },
    {
      id: 'gdn.08',
      domain: 'gardening',
      keys: UPKEEP_KEYS,
      text: `---------- Forwarded message ---------
From: {contractor.full} <{contractor.email}>
Subject: Artificial lawn quote

> {area:int(15,120,d)} m² at {per_sqm:money(30,80)}/m² fitted, total {total:money(=area*per_sqm)}. Groundwork and edging included.[[ {deposit_pct:pct(10,50)} deposit to book.]]

{~partner.first}, what do you think? {~other:company} wanted way more. – {sender.first}`,
    },
  ],
};

const MOVE_KEYS = {
  ...COMMON,
  from_street: ['from street', 'current address', 'moving from', 'pickup address'],
  to_street: ['to street', 'new address', 'moving to', 'delivery address'],
  lift: ['lift', 'elevator', 'has lift'],
  packing: ['packing', 'packing service', 'needs packing'],
  unit: ['unit', 'unit number', 'storage unit'],
  size_sqft: ['size sq ft', 'unit size', 'square feet'],
  monthly: ['monthly rate', 'monthly price', 'per month'],
  discount: ['discount', 'first month discount', 'discount percent'],
  cover: ['insurance cover', 'cover amount', 'cover'],
  van: ['van', 'van size', 'vehicle size'],
  crew: ['crew', 'crew size', 'movers'],
  balance: ['balance', 'balance due', 'amount due'],
  length: ['lorry length', 'truck length', 'vehicle length'],
  fragile: ['fragile', 'has fragile items', 'fragile items'],
  dismantle: ['dismantle beds', 'dismantling', 'take beds apart'],
  boxes: ['boxes', 'box count', 'number of boxes'],
  volume: ['volume', 'cubic metres', 'volume m3'],
  month: ['month', 'moving month', 'month of move'],
  ready: ['ready date', 'ready from', 'available from'],
  job: ['job number', 'job reference', 'move reference'],
  damaged: ['damaged items', 'damaged', 'broken items'],
  claim_amount: ['claim amount', 'amount claimed', 'claim'],
  noted: ['noted on sheet', 'reported at delivery', 'noted'],
  clear_by: ['clear by', 'empty by', 'vacate by'],
  deposit_amount: ['deposit', 'deposit amount', 'deposit to refund'],
  install: ['installation', 'install', 'installed'],
  removal: ['old appliance removal', 'take away old', 'removal'],
  resolution: ['resolution', 'wants', 'outcome'],
  party: ['party date', 'party', 'event date'],
  delivery_fee: ['delivery fee', 'delivery', 'shipping cost'],
  slot: ['slot', 'delivery slot', 'time window'],
  assembly: ['assembly', 'assembly included', 'assembled'],
  day_pref: ['preferred day', 'redelivery day', 'day preference'],
  compensation: ['compensation', 'compensation asked', 'claim amount'],
  note_no: ['delivery note number', 'note number', 'dn number'],
  access: ['access', 'access type', 'floor access'],
  signed: ['signed', 'signed for', 'signature obtained'],
  doors: ['doors', 'external doors', 'door count'],
  windows: ['windows', 'window count', 'ground floor windows'],
  monitoring: ['monitoring', 'monitored', '24/7 monitoring'],
  zone: ['zone', 'alarm zone', 'zone number'],
  sensor: ['sensor', 'trigger', 'sensor type'],
  police: ['police notified', 'police called', 'police'],
  minutes: ['minutes', 'duration minutes', 'rang for'],
  checked: ['checked outside', 'looked around', 'checked'],
  slot_alarm: ['slot', 'visit window'],
  battery_fee: ['battery fee', 'battery replacement cost'],
  who: ['who set it off', 'triggered by', 'cause'],
  user: ['user code', 'user number', 'code used'],
  code: ['alarm code', 'code', 'pin'],
  exit_delay: ['exit delay', 'exit delay seconds', 'seconds to leave'],
  camera: ['cameras on', 'cameras', 'recording'],
  cameras: ['cameras', 'camera count', 'number of cameras'],
  storage: ['storage', 'video storage', 'recording storage'],
  max_fee: ['max monthly fee', 'fee limit', 'budget per month'],
  weekday: ['day', 'preferred day', 'collection day'],
  sofas: ['sofas', 'sofa count', 'couches'],
  mattresses: ['mattresses', 'mattress count'],
  fridges: ['fridges', 'fridge count', 'fridge freezers'],
  bin: ['bin', 'bin type', 'container'],
  times: ['times missed', 'missed count', 'times'],
  garden: ['garden waste', 'garden collection', 'garden bins collected'],
  size: ['skip size', 'size yards', 'size'],
  share: ['share', 'contribution', 'cost share'],
  bins: ['bins', 'bin count', 'registered bins'],
  keep: ['keep bin', 'bin kept', 'keeps bin'],
  what: ['what', 'dumped item', 'waste type'],
  appliance: ['appliance', 'old appliance', 'item'],
  parking_permit: ['parking permit', 'parking suspension', 'permit needed'],
  contract_months: ['contract months', 'monitoring contract', 'contract length'],
  install_fee: ['installation fee', 'install cost', 'setup fee'],
  collection_time: ['collection time', 'pick up time', 'collected at'],
} as const;

export const HOME_MOVE: TemplateGroup = {
  name: 'home-move',
  unstated: {
    moving: [
      'insurance:bool|yes|no',
      'boxes:int(10,80)',
      'quote:money(300,3000)',
      'parking_permit:bool|yes|no',
    ],
    home_delivery: [
      'tracking:id(1Z**********)',
      'assembly:bool|yes|no',
      'delivery_note:note',
      'signature_required:bool|yes|no',
    ],
    alarms: [
      'monitoring:bool|yes|no',
      'contract_months:int(12,60)',
      'keyholder.full',
      'install_fee:money(100,900)',
    ],
    waste: ['fee:money(10,60)', 'reference:id(BW-######)', 'weight:int(10,200)', 'collection_time:time(6,8)'],
  },
  templates: [
    {
      id: 'mov.01',
      domain: 'moving',
      keys: MOVE_KEYS,
      text: `Hello,

We need a removals quote for a {bedrooms:int(1,5)}-bedroom {property:enum(flat,house,townhouse)} from {from_street:street}, {from_city:city} to {to_street:street}, {to_city:city} {date:date(abs,on)}. The new place is on floor {floor:int(0,8,d)} {lift:bool|and there's a lift;with a lift|and there's no lift;without a lift}.[[ We'd like {packing:bool|your team to do the packing;you to pack everything|to pack ourselves, transport only;no packing service}.]]

Many thanks,
{customer.full}
{customer.phone}`,
    },
    {
      id: 'mov.02',
      domain: 'moving',
      keys: MOVE_KEYS,
      text: `Booking confirmed – {company} Self Storage
Unit: {unit:id(@-###)} ({size_sqft:int(25,200,d)} sq ft)
Move-in: {start:date(abs)}
Monthly rate: {monthly:money(40,300)}[[ (first month {discount:pct(20,50)} off)]]
Contents cover: {cover:money(1000,10000,k)}
Access {from:time(6,8)}–{until:time(20,22)} daily
Customer: {customer.full}, {customer.email}`,
    },
    {
      id: 'mov.03',
      domain: 'moving',
      keys: MOVE_KEYS,
      text: `[{sent:msgdate}] {sender.first}: ok the van is booked {date:date} from {time:time(7,10)}, {van:enum(small,medium,luton)|small=just the small one|medium=a medium van|luton=a luton with a tail lift}. meet at {~street}? no wait that's the old place lol, the new one is {street}. bring {~helper.first} if he's free, pizza's on me 🍕`,
    },
    {
      id: 'mov.04',
      domain: 'moving',
      keys: MOVE_KEYS,
      text: `[voicemail] hi this is {mover.first} from {company} removals just confirming your move {date:date(abs,on)}, a crew of {crew:int(2,5)} will be there at {time:time(7,10)} um the balance of {balance:money(200,2000)} is due on the day by {payment:enum(@payment)|card=card|bank_transfer=bank transfer|cash=cash} [[and please make sure there's room for a {length:int(7,12,d)} metre lorry outside, ]]thanks bye`,
    },
    {
      id: 'mov.05',
      domain: 'moving',
      keys: MOVE_KEYS,
      text: `Inventory – {customer.full}, move {date:date(abs)}
{items:rows(2,4)|<qty:int(1,8,d)> x <item:product>}
Fragile: {fragile:bool|yes, boxes marked F|nothing fragile}
Dismantle beds: {dismantle:bool|yes|no}
Boxes in total: {boxes:int(10,80,d)}`,
    },
    {
      id: 'mov.06',
      domain: 'moving',
      keys: MOVE_KEYS,
      text: `Dear Sir/Madam, my family move from {from_city:city} to {to_city:city} in {month}. We have approximately {volume:int(15,60,d)} cubic meter and one piano. We want door to door service[[ and storage for {weeks:int(2,12)} weeks because the new apartment is ready only from {ready:date(abs)}]]. Please send offer to {customer.email}. Best regards, {customer.full}`,
    },
    {
      id: 'mov.07',
      domain: 'moving',
      keys: MOVE_KEYS,
      text: `Subject: Claim – damaged items, job {job:id(MV-#####)}

Hi,

Your team moved us {date:date(past,abs,on)}. Unfortunately the {damaged:list(product,1,3)} arrived damaged and the banister got scratched.[[ I'm claiming {claim_amount:money(100,2000)} in total.]] I noted the damage on the delivery sheet {noted:bool|before the crew left|only the next day, as we got in late}.

{customer.full}`,
    },
    {
      id: 'mov.08',
      domain: 'moving',
      keys: MOVE_KEYS,
      text: `pls cancel unit {unit:id(###)} at the {city} site from end of {month}. will clear it out by {clear_by:date(abs)}. [[deposit ({deposit_amount:money(20,150)}) back to the same card. ]]{customer.full} / acc {account:id(ST######)}`,
    },
    {
      id: 'dlv.01',
      domain: 'home_delivery',
      keys: MOVE_KEYS,
      text: `Your {product} is on its way!
Order {order:id(#########)} arrives {date:date(abs,on)} between {from:time(7,13)} and {until:time(12,20)}. Our two-person crew will {install:bool|unpack it, install it and take the packaging away|leave it in the room of your choice (installation not booked)}. {removal:bool|We'll also take your old appliance away.|Removal of your old appliance was not booked.} Address: {street}, {postcode} {city}.`,
    },
    {
      id: 'dlv.02',
      domain: 'home_delivery',
      keys: MOVE_KEYS,
      text: `[{sent:msgdate}] {customer.first}: Hi, my sofa (order {order:id(SF-######)}) is due {~old_date:date} but I'll be away. Could you bring it {date:date} instead? And it's the {color} fabric, not the {~color} one, just checking 😅[[ Stairs are narrow btw, {floor:int(1,5)} floors and no lift.]]`,
    },
    {
      id: 'dlv.03',
      domain: 'home_delivery',
      keys: MOVE_KEYS,
      text: `[voicemail] hi it's {customer.full}, your driver came today with the washing machine, order {order:id(#######)}, but {problem:enum(wrong_model,damaged,no_fit)|wrong_model=it was the wrong model|damaged=the side panel was all dented|no_fit=it wouldn't fit through the door} so he took it back, um I'd like {resolution:enum(redelivery,refund)|redelivery=the right one delivered as soon as possible|refund=my money back} please, call me on {customer.phone}`,
    },
    {
      id: 'dlv.04',
      domain: 'home_delivery',
      keys: MOVE_KEYS,
      text: `Hello, I buy online {qty:int(2,6)} chairs and one table on {ordered:date(past,abs)}, order {order:id(@@#####)}. Today only the table arrive, the chairs not. In the email it say delivery until {due:date(+ordered,3,14)}. Please tell me when the chairs come, I have party for my son on {party:date(+due,2,20)}. Thank you, {customer.full}`,
    },
    {
      id: 'dlv.05',
      domain: 'home_delivery',
      keys: MOVE_KEYS,
      text: `Order summary {order:id(####-####)}
{items:rows(1,3)|<qty:int(1,4,d)> × <item:product> – <price:money(50,900)>}
Delivery: {delivery_fee:money(0,80)}
Total: {total:money(=items.price+delivery_fee)}
Delivery slot: {date:date(abs)}, {slot:enum(am,pm)|am=7am–1pm|pm=12pm–6pm}
Assembly: {assembly:bool|included|not included}`,
    },
    {
      id: 'dlv.06',
      domain: 'home_delivery',
      keys: MOVE_KEYS,
      text: `Dear {company} customer service,

I took a day off {date:date(past,abs,on)} for the delivery of my {product}, order {order:id(########)}[[, slot {from:time(7,12)}–{until:time(12,18)}]]. Nobody came and nobody called. I want a new delivery {day_pref:enum(saturday,weekday_evening)|saturday=on a Saturday|weekday_evening=on a weekday after 6pm} and {compensation:money(20,100)} for the lost day.

{customer.full}`,
    },
    {
      id: 'dlv.07',
      domain: 'home_delivery',
      keys: MOVE_KEYS,
      text: `DELIVERY NOTE {note_no:id(DN######)}
Deliver to: {customer.full}, {street}, {city}
[[Tel: {customer.phone}
]]Pieces: {parcels:int(1,5,d)}, {weight:int(20,180,d)} kg
Access: {access:enum(stairs,lift,ground)|stairs=stairs only, no lift|lift=lift available|ground=ground floor}
Signed: {signed:bool|YES|NO – left in safe place}`,
    },
    {
      id: 'alm.01',
      domain: 'alarms',
      keys: MOVE_KEYS,
      text: `Hi,

I'd like a quote for an alarm for our {property:property_type} at {street}, {city}. There are {doors:int(1,4)} outside doors and {windows:int(4,20,d)} ground-floor windows. [[{pets:bool|We have a big dog, so the sensors need to be pet-friendly.|No pets in the house.} ]]{monitoring:bool|We want 24/7 monitoring with police response.|A bells-only system is fine, no monitoring contract.}

Thanks,
{customer.full}, {customer.phone}`,
    },
    {
      id: 'alm.02',
      domain: 'alarms',
      keys: MOVE_KEYS,
      text: `ALARM EVENT – {company}
Site: {street}, {postcode}
Zone {zone:int(1,16,d)}: {sensor:enum(door,motion,smoke,glass)|door=front door contact|motion=hallway motion|smoke=smoke detector|glass=glass break}
At {time:time(0,23)} on {date:date(past,abs)}
[[Keyholder called: {keyholder.full}, {keyholder.phone}
]]Police notified: {police:bool|yes|no (false alarm confirmed)}`,
    },
    {
      id: 'alm.03',
      domain: 'alarms',
      keys: { ...MOVE_KEYS, since: ['went off at', 'alarm time', 'since'] },
      text: `[{sent:msgdate}] {neighbour.first}: hi, your alarm went off about {since:time(6,23)} and rang for {minutes:int(10,40)} minutes before it stopped. back door looked shut, no lights on. {checked:bool|I had a quick look round the garden, nothing seemed off|I didn't go round the back, didn't want to trigger anything else} – are you home {return:date}?`,
    },
    {
      id: 'alm.04',
      domain: 'alarms',
      keys: MOVE_KEYS,
      text: `Dear {customer.full},

your annual alarm service is due. Engineer {technician.first} is booked for {date:date(abs)}, {slot:enum(morning,afternoon)|morning=8am–12pm|afternoon=12pm–5pm}. The visit takes about {duration:int(30,90,d)} minutes and costs {price:money(60,180)}.[[ Replacing the panel battery is {battery_fee:money(15,50)} extra if needed.]] To change it, call {support.phone} quoting {account:id(SEC-######)}.

{company}`,
    },
    {
      id: 'alm.05',
      domain: 'alarms',
      keys: MOVE_KEYS,
      text: `[call transcript] operator: {company} monitoring centre. caller: hi, it's {customer.full}[[, account {account:id(#######)}]], my {who:enum(son,daughter,cleaner,dog_sitter)|son=son|daughter=daughter|cleaner=cleaner|dog_sitter=dog sitter} set the alarm off by mistake, please don't send anyone. operator: ok, cancelling the dispatch, code used was user {user:int(1,9,d)}. caller: thanks, sorry`,
    },
    {
      id: 'alm.06',
      domain: 'alarms',
      keys: MOVE_KEYS,
      text: `alarm notes for {sitter.first}:
- code {code:id(####)}, then press ✓
- you have {exit_delay:int(20,60,d)} sec to get out
- if it goes off call {company} on {support.phone}, password is the cat's name ({pet_name})
- {camera:bool|indoor cameras stay on, don't be alarmed lol|cameras are switched off while you're here}`,
    },
    {
      id: 'alm.07',
      domain: 'alarms',
      keys: MOVE_KEYS,
      text: `Hello, I want to order the camera system with {cameras:int(2,8)} cameras and one doorbell for my house. I want {storage:enum(cloud,local)|cloud=video saved in the cloud|local=video on the box at home, no cloud} and I don't want monthly fee more than {max_fee:money(5,30)}.[[ Installation is possible on {weekday}?]] Address {street}, {city}. {customer.full}`,
    },
    {
      id: 'bin.01',
      domain: 'waste',
      keys: MOVE_KEYS,
      text: `Bulky waste collection booked
Ref: {reference:id(BW-######)}
Collection: {date:date(abs)}, out by {time:time(6,7)}
Items: sofa x{sofas:int(0,2,d)}, mattress x{mattresses:int(0,3,d)}, fridge x{fridges:int(0,1,d)}
Fee paid: {fee:money(15,60)}
Address: {street}, {postcode}
Please leave items at the edge of your property, not on the pavement.`,
    },
    {
      id: 'bin.02',
      domain: 'waste',
      keys: MOVE_KEYS,
      text: `Hello,

Our {bin:enum(recycling,general,garden,food)|recycling=blue recycling bin|general=black general waste bin|garden=brown garden bin|food=food caddy} wasn't emptied {date:date(past,abs,on)}[[, even though it was out by {time:time(6,7)}]]. It's been missed {times:int(2,5)} times since {~month:month}. Address: {street}, {postcode}. Could it be picked up before the next round?

{resident.full}`,
    },
    {
      id: 'bin.03',
      domain: 'waste',
      keys: MOVE_KEYS,
      text: `Bank holiday changes – {city}
If your usual collection day is {weekday}, your {bin:enum(recycling,general)|recycling=recycling|general=rubbish} will be collected {date:date(abs,on)} instead. Garden waste collections {garden:bool|carry on as normal|are suspended that week}. [[Put bins out by {time:time(6,7)}. ]]`,
    },
    {
      id: 'bin.04',
      domain: 'waste',
      keys: MOVE_KEYS,
      text: `[{sent:msgdate}] {sender.first}: we've got a skip ({size:int(4,12,d)} yards) arriving {date:date} for {days:int(3,14)} days, permit's all sorted. happy to share if you chip in {share:money(30,150)}? no plasterboard or fridges allowed in it though`,
    },
    {
      id: 'bin.05',
      domain: 'waste',
      keys: MOVE_KEYS,
      text: `Dear {resident.full},

your garden waste subscription for {street} ends {end:date(abs,on)}. You can renew for {price:money(30,90)} a year at {url} with customer number {account:id(#########)}. [[Bins registered: {bins:int(1,3,d)}. ]]If you don't renew, {keep:bool|you may keep the bin for next season|please leave the bin out and we'll collect it}.`,
    },
    {
      id: 'bin.06',
      domain: 'waste',
      keys: { ...MOVE_KEYS, since: ['there since', 'dumped since', 'since'] },
      text: `[voicemail] hi I want to report fly-tipping on {street}, near the corner with {~street}, there's {what:enum(mattress,rubble,fridge,bags)|mattress=an old mattress|rubble=a pile of building rubble|fridge=a fridge freezer|bags=about ten black bags}[[ it's been there since {since:date(past,abs)}]] um my name's {caller.full}, number {caller.phone}`,
    },
    {
      id: 'bin.07',
      domain: 'waste',
      keys: MOVE_KEYS,
      text: `Hello, we live in {city} only since {month}. I don't understand which day is recycling for {street}. Our neighbour say {~weekday} but the paper on the bin say {weekday}.[[ Also we have old {appliance:enum(fridge,tv,washing_machine)|fridge=fridge|tv=television|washing_machine=washing machine}, where I can put it?]] My email {resident.email}. Thank you, {resident.full}`,
    },
  ],
};

const MONEY_KEYS = {
  ...COMMON,
  renewal: ['renewal date', 'renews on', 'renewal'],
  premium: ['premium', 'annual premium', 'price per year'],
  cover: ['cover', 'cover type', 'coverage'],
  auto_renew: ['auto renew', 'automatic renewal', 'renews automatically'],
  quote: ['competitor quote', 'other quote', 'quoted price'],
  value: ['ring value', 'item value', 'valued at'],
  bike_value: ['bike value', 'bicycle value'],
  away_cover: ['away from home cover', 'covered away from home', 'outside home'],
  extra: ['extra premium', 'additional cost', 'premium increase'],
  installed: ['installed on', 'installation date', 'installed'],
  cost: ['cost', 'price paid', 'installation cost'],
  accidental: ['accidental damage', 'accidental damage cover'],
  switch: ['switch', 'switching', 'will switch'],
  last4: ['account ending', 'last four digits', 'card ending'],
  new_street: ['new address', 'new street', 'forwarding address'],
  contents: ['contents cover', 'contents sum insured', 'contents'],
  instalments: ['payment frequency', 'paid how', 'instalments'],
  legal: ['legal cover', 'legal expenses', 'legal expenses cover'],
  loan: ['loan amount', 'loan', 'borrowing'],
  income: ['income', 'annual income', 'household income'],
  term: ['term', 'term years', 'mortgage term'],
  rate_type: ['rate type', 'mortgage type', 'product type'],
  account_type: ['account type', 'type of account', 'product'],
  since: ['arrived', 'moved here on', 'since'],
  payee: ['payee', 'recipient', 'paid to'],
  frequency: ['frequency', 'how often', 'interval'],
  merchant: ['merchant', 'payee', 'charged by'],
  card_lost: ['card stolen', 'card lost', 'card missing'],
  case: ['case number', 'fraud case', 'case reference'],
  rate: ['interest rate', 'rate', 'initial rate'],
  fixed_until: ['fixed until', 'fix ends', 'rate ends'],
  monthly: ['monthly payment', 'monthly', 'per month'],
  valid_until: ['offer valid until', 'valid until', 'expiry'],
  months: ['months', 'contract months', 'term months'],
  fee: ['fee', 'charge', 'fee amount'],
  sort_code: ['sort code', 'bank code', 'routing code'],
  balance: ['balance', 'outstanding balance', 'amount owed'],
  overpay: ['overpayments', 'wants overpayment', 'overpay'],
  overdrawn: ['overdrawn amount', 'overdrawn by', 'negative balance'],
  limit: ['overdraft limit', 'limit', 'arranged limit'],
  reported: ['first reported', 'reported on', 'reported'],
  photos: ['photos', 'photos attached', 'has photos'],
  access: ['access', 'access arrangement', 'how to get in'],
  moved_out: ['moved out', 'move out date', 'vacated on'],
  key_count: ['keys returned', 'key count', 'number of keys'],
  deposit_amount: ['deposit', 'deposit amount', 'security deposit'],
  scheme: ['deposit scheme', 'scheme', 'protection scheme'],
  scheme_ref: ['scheme reference', 'deposit reference', 'dps ref'],
  deduction: ['deduction', 'amount deducted', 'deduction disputed'],
  move_out: ['move out', 'last day', 'moving out on'],
  new_city: ['new city', 'forwarding city', 'new town'],
  negotiable: ['negotiable', 'open to discuss', 'can negotiate'],
  baby: ['baby at home', 'has baby', 'young child'],
  employer: ['employer', 'company', 'works at'],
  guarantor: ['guarantor', 'has guarantor', 'guarantor available'],
  month: ['month', 'rent month', 'for month'],
  present: ['tenant present', 'be present', 'attendance needed'],
  speed: ['speed', 'speed mbps', 'download speed'],
  discount_months: ['discount months', 'half price months', 'promo months'],
  router_by: ['router by', 'router delivery', 'router arrives'],
  tv: ['tv', 'tv add on', 'with tv'],
  paid_speed: ['paid speed', 'contracted speed', 'plan speed'],
  actual: ['actual speed', 'measured speed', 'real speed'],
  drops: ['drops', 'disconnections', 'outages this week'],
  data: ['data', 'data gb', 'data allowance'],
  roaming: ['roaming', 'eu roaming', 'roaming added'],
  exit_fee: ['exit fee', 'early termination fee', 'cancellation fee'],
  accept: ['accepts fee', 'cancel now', 'proceed'],
  lines: ['lines', 'sim lines', 'number of lines'],
  content_lock: ['content lock', 'parental controls', 'kids filter'],
  landline: ['landline', 'telephone line', 'keeps landline'],
  minutes: ['minutes', 'minutes charged', 'call minutes'],
  claims: ['claims', 'previous claims', 'claims made'],
  rebuild_value: ['rebuild value', 'rebuild cost', 'sum insured'],
  branch: ['branch', 'bank branch', 'preferred branch'],
  overdraft: ['overdraft', 'overdraft limit', 'arranged overdraft'],
  tenancy_end: ['tenancy end', 'lease end', 'end of tenancy'],
  bills_included: ['bills included', 'utilities included', 'inclusive of bills'],
  router: ['router', 'router included', 'needs router'],
  static_ip: ['static ip', 'fixed ip'],
  install_fee: ['installation fee', 'setup fee', 'activation fee'],
} as const;

export const HOME_MONEY: TemplateGroup = {
  name: 'home-money',
  unstated: {
    home_insurance: [
      'deductible:money(100,1000)',
      'claims:int(0,3)',
      'payment:enum(@payment)',
      'rebuild_value:money(150000,900000,k)',
    ],
    banking: ['iban:id(GB##@@@@##############)', 'branch:city', 'overdraft:money(100,2000)', 'advisor.phone'],
    tenancy: [
      'deposit_amount:money(500,3000)',
      'furnished:bool|yes|no',
      'tenancy_end:date',
      'bills_included:bool|yes|no',
    ],
    telecom: [
      'exit_fee:money(20,200)',
      'router:bool|yes|no',
      'static_ip:bool|yes|no',
      'install_fee:money(0,100)',
    ],
  },
  templates: [
    {
      id: 'hins.01',
      domain: 'home_insurance',
      keys: MONEY_KEYS,
      text: `Your home insurance renewal – policy {policy:id(HH-########)}

Dear {customer.full},

your policy for {street}, {postcode} renews {renewal:date(abs,on)}. Next year's premium is {premium:money(150,1200)}, up from {~old_premium:money(100,900)}. Cover: {cover:enum(buildings,contents,both)|buildings=buildings only|contents=contents only|both=buildings and contents}[[, excess {deductible:money(100,1000)}]]. {auto_renew:bool|It renews automatically, so there's nothing you need to do.|Automatic renewal is off, so please contact us to renew.}

{insurer:company}`,
    },
    {
      id: 'hins.02',
      domain: 'home_insurance',
      keys: { ...MONEY_KEYS, years: ['years with insurer', 'years insured', 'years as customer'] },
      text: `Hi,

I've just had my renewal for policy {policy:id(#########)} and the premium has gone up to {premium:money(200,1500)}. I've been with {insurer:company} for {years:int(2,15)} years without a single claim.[[ {~other:company} quoted me {quote:money(150,1200)} for the same cover.]] Can you match it, or should I cancel from {end:date(abs)}?

Thanks,
{customer.full}`,
    },
    {
      id: 'hins.03',
      domain: 'home_insurance',
      keys: MONEY_KEYS,
      text: `[call transcript] agent: what would you like to add? caller: my engagement ring, it's valued at {value:money(1000,9000,k)}, and my bike, that's worth {bike_value:money(300,3000,r)}. agent: covered away from home as well? caller: {away_cover:bool|yes, everywhere please|no, just at home is fine} agent: that adds {extra:money(20,150)} a year to policy {policy:id(@@#######)}. caller: ok, go ahead. it's {customer.full} by the way`,
    },
    {
      id: 'hins.04',
      domain: 'home_insurance',
      keys: MONEY_KEYS,
      text: `Good day, I have question about my house insurance number {policy:id(########)}. We have now solar panels on the roof, installed on {installed:date(past,abs)}[[, cost {cost:money(4000,15000,k)}]]. Is this covered or I must tell you something? Also we rent one room to a student from {start:date(abs)}, is it problem? Regards, {customer.full}`,
    },
    {
      id: 'hins.05',
      domain: 'home_insurance',
      keys: MONEY_KEYS,
      text: `Insurance quotes for the flat:
- {insurer:company}: {premium:money(90,600)}/yr, excess {deductible:money(50,500)}, accidental damage {accidental:bool|included|not included}
- {~insurer2:company}: {~premium2:money(90,600)}/yr, higher excess
Going with the first one from {start:date(abs)}. – {sender.first}`,
    },
    {
      id: 'hins.06',
      domain: 'home_insurance',
      keys: MONEY_KEYS,
      text: `[{sent:msgdate}] {sender.first}: house insurance with {insurer:company} renews {renewal:date}!! they want {premium:money(200,1400)} this year 😬 {switch:bool|I'm switching to the cheaper one|let's just renew, not worth the hassle}. policy no. is {policy:id(######-##)} if you want to call them`,
    },
    {
      id: 'hins.07',
      domain: 'home_insurance',
      keys: MONEY_KEYS,
      text: `To: {insurer:company}
Re: policy {policy:id(PH/#######)}

Dear Sir or Madam,

As we have sold {street}, please cancel the above home policy from {end:date(abs)}, the completion date, and refund any unused premium to the account ending {last4:id(####)}.[[ Our new address is {new_street:street}, {city}.]]

Yours faithfully,
{customer.full}`,
    },
    {
      id: 'hins.08',
      domain: 'home_insurance',
      keys: MONEY_KEYS,
      text: `Hi {customer.first},

I've renewed you with {insurer:company} from {start:date(abs)}. The premium is {premium:money(200,1500)}, payable {instalments:enum(annual,monthly)|annual=in one go|monthly=in 12 monthly instalments}. [[Contents cover is now {contents:money(20000,90000,k)}, and ]]I've {legal:bool|kept legal expenses cover on|dropped legal expenses cover as you asked}. Documents to follow.

Best,
{broker.full}`,
    },
    {
      id: 'bank.01',
      domain: 'banking',
      keys: MONEY_KEYS,
      text: `Dear {~advisor.last},

We'd like to borrow {loan:money(100000,600000,k)} to buy a {property:property_type} in {city} priced at {price:money(150000,900000,k)}. Our joint income is {income:money(40000,200000,k)} a year[[ and we'd prefer a {term:int(15,35,d)}-year term on a {rate_type:enum(fixed,tracker,variable)|fixed=fixed rate|tracker=tracker|variable=variable rate}]]. Could we book a call {date:date(abs,on)}?

Kind regards,
{customer.full}`,
    },
    {
      id: 'bank.02',
      domain: 'banking',
      keys: MONEY_KEYS,
      text: `[{sent:msgdate}] {customer.first}: Hi, I'd like to open a {account_type:enum(current,savings,joint)|current=current account|savings=savings account|joint=joint account with my partner}. I'm {age:int(18,70)}, moved here from {country} {since:date(past,on)} and don't have a utility bill in my name yet. Would my tenancy agreement do instead?[[ The {city} branch if possible.]]`,
    },
    {
      id: 'bank.03',
      domain: 'banking',
      keys: MONEY_KEYS,
      text: `Standing order set up ✅
Payee: {payee:full}
Amount: {amount:money(50,2500)}
Frequency: {frequency:enum(weekly,monthly,quarterly)}
First payment: {start:date(abs)}
Reference: {reference:id(RENT-####)}
From account ending {last4:id(####)}`,
    },
    {
      id: 'bank.04',
      domain: 'banking',
      keys: MONEY_KEYS,
      text: `[call transcript] caller: hi, there's a payment on my card I don't recognise, {amount:money(20,900)} to {merchant:company} on {date:date(past,abs)}. agent: is the card still with you? caller: {card_lost:bool|no, I think it was stolen|yes, it's right here} agent: I've blocked it and a new one will arrive in {days:int(3,7)} working days.[[ your case number is {case:id(FR-######)}]]`,
    },
    {
      id: 'bank.05',
      domain: 'banking',
      keys: MONEY_KEYS,
      text: `Mortgage offer – {customer.full}
Property: {street}, {postcode} {city}
Loan: {loan:money(80000,700000,k)} over {term:int(10,35,d)} years
Initial rate: {rate:num(1,7,2)}% fixed until {fixed_until:date(abs)}
Monthly payment: {monthly:money(400,4000)}
Product fee: {fee:money(0,1500)}[[ (added to the loan)]]
Offer valid until {valid_until:date(abs)}`,
    },
    {
      id: 'bank.06',
      domain: 'banking',
      keys: { ...MONEY_KEYS, months: ['statement months', 'months', 'months of statements'] },
      text: `Hello, I need the bank statement of last {months:int(3,12,d)} months for my visa application, in English and with the bank stamp. Account number {account:id(########)}[[, sort code {sort_code:id(##-##-##)}]]. Can you send by post to {street}, {city} or I must come to the branch? I need it before {deadline:date(abs)}. Thank you, {customer.full}`,
    },
    {
      id: 'bank.07',
      domain: 'banking',
      text: `Subject: Remortgage – our fix is ending

Hi {advisor.first},

Our fixed rate with {bank} ends {end:date(abs,on)} and we still owe about {balance:money(50000,400000,k)}.[[ The house was valued at {value:money(150000,900000,k)} last spring.]] We'd like to {overpay:bool|keep the option to overpay every year|keep the monthly payments as low as possible, no overpayments}. What would you suggest?

{customer.full}`,
      keys: { ...MONEY_KEYS, value: ['property value', 'valuation', 'house value'] },
    },
    {
      id: 'bank.08',
      domain: 'banking',
      keys: MONEY_KEYS,
      text: `Hi {customer.first}, your {bank} current account ending {last4:id(####)} went {overdrawn:money(10,800)} overdrawn on {date:date(past,abs)}.[[ Your arranged limit is {limit:money(100,2000)}.]] Pay in by {due:date(+date,3,10)} to avoid a {fee:money(5,35)} fee. Questions? {support.phone}`,
    },
    {
      id: 'ten.01',
      domain: 'tenancy',
      keys: MONEY_KEYS,
      text: `Dear {landlord.full},

the {problem:repair_issue} in our flat at {street} has got worse since I first reported it {reported:date(past,abs,on)}. [[{photos:bool|Photos are attached.|I can send photos if that helps.} ]]Could a contractor come {date:date(abs,on)}? We both work, so {access:enum(key,home)|key=please use your spare key|home=someone will be home after 5}.

Kind regards,
{tenant.full}`,
    },
    {
      id: 'ten.02',
      domain: 'tenancy',
      keys: MONEY_KEYS,
      text: `Hi {~agent.first},

we moved out of {street}, {city} on {moved_out:date(past,abs)} and handed back all {key_count:int(2,6)} keys. It's been {weeks:int(3,10)} weeks and our {deposit_amount:money(500,3000,r)} deposit still hasn't come back. It's protected with {scheme:company}[[ (ref {scheme_ref:id(@@######)})]]. We don't accept the {deduction:money(50,600)} cleaning deduction: the check-out report says the flat was clean.

{tenant.full}`,
    },
    {
      id: 'ten.03',
      domain: 'tenancy',
      keys: MONEY_KEYS,
      text: `Dear {landlord.full},

Please take this letter as {notice:int(2,3)} months' notice that I will leave flat {flat:id(#@)}, {street}. My last day will be {move_out:date(abs)}. Let me know when you'd like to do the check-out inspection.[[ Forwarding address: {new_street:street}, {new_city:city}.]]

Regards,
{tenant.full}`,
    },
    {
      id: 'ten.04',
      domain: 'tenancy',
      keys: { ...MONEY_KEYS, years: ['years since last increase', 'years without increase', 'years'] },
      text: `Dear {tenant.full},

from {start:date(abs)} the rent for {street} will rise from {~old_rent:money(500,1200,r)} to {rent:money(1250,2800,r)} a month[[, the first increase in {years:int(2,5)} years]]. Everything else in the agreement stays as it is. {negotiable:bool|I'm happy to talk it through if this is difficult.|I'm afraid the new figure isn't negotiable.}

Best wishes,
{landlord.full}`,
    },
    {
      id: 'ten.05',
      domain: 'tenancy',
      text: `[{sent:msgdate}] {tenant.first}: hi {~landlord.first}, the heating's been off since {since:date(past)}, {baby:bool|with the baby it's freezing in here|I'm managing with a fan heater for now}. could someone come {date:date}? I'm in all day. it's flat {flat:id(#@)}`,
      keys: { ...MONEY_KEYS, since: ['since', 'broken since', 'off since'] },
    },
    {
      id: 'ten.06',
      domain: 'tenancy',
      keys: MONEY_KEYS,
      text: `Tenant application – {street}
• Name: {tenant.full}
• Occupation: {job:job_title} at {employer}
• Annual income: {salary:money(20000,120000,k)}
• Adults: {adults:int(1,4,d)}
[[• Children: {children:int(1,3,d)}
]]
• Pets: {pets:bool|yes, one cat|none}
• Move-in: {move_in:date(abs)}
• Guarantor: {guarantor:bool|available|not needed}`,
    },
    {
      id: 'ten.07',
      domain: 'tenancy',
      text: `Hello Mr {landlord.last}, I am {tenant.first} from flat {flat:id(#)}. The washing machine make big noise and water come on the floor since {since:date(past,abs)}. Also the rent for {month}, I pay {rent:money(400,2000,r)} to the new account like you say? Please confirm you receive it. Thank you`,
      keys: { ...MONEY_KEYS, since: ['since', 'broken since', 'problem since'] },
    },
    {
      id: 'ten.08',
      domain: 'tenancy',
      keys: MONEY_KEYS,
      text: `---------- Forwarded message ---------
From: {agent.full} <{agent.email}>
Subject: Routine inspection – {street}

> We will carry out a routine inspection of your home {date:date(abs,on)} between {from:time(9,12)} and {until:time(12,16)}. You {present:bool|are welcome to be present|don't need to be there, we'll use the office key}.

{~flatmate.first} can you be in? I'm at work. – {tenant.first}`,
    },
    {
      id: 'tel.01',
      domain: 'telecom',
      keys: MONEY_KEYS,
      text: `Welcome to {company}!
Plan: {speed:int(100,1000,d)} Mbps fibre, {months:int(12,24,d)}-month contract
Monthly: {monthly:money(20,70)}[[ (first {discount_months:int(3,6,d)} months half price)]]
Router arrives by {router_by:date(abs)}, engineer visit {date:date(+router_by,1,7)}
TV add-on: {tv:bool|yes|no}
Account: {account:id(#########)}`,
    },
    {
      id: 'tel.02',
      domain: 'telecom',
      text: `Hello,

I pay for {paid_speed:int(100,900,d)} Mbps but most evenings speed tests show {actual:int(5,80,d)} Mbps[[, and the connection dropped {drops:int(3,20)} times this week]]. I work from home, so this isn't good enough. I'd like {resolution:enum(fix,discount,cancel)|fix=an engineer to check the line|discount=a discount on my bill|cancel=to leave without an exit fee}. Account {account:id(##########)}, {street}.

{customer.full}`,
      keys: { ...MONEY_KEYS, resolution: ['resolution', 'wants', 'requested outcome'] },
    },
    {
      id: 'tel.03',
      domain: 'telecom',
      keys: MONEY_KEYS,
      text: `[{sent:msgdate}] {customer.first}: hey, can I move {customer.phone} to the {data:int(5,100,d)}GB plan from next month? I'm on {~data_old:int(1,4,d)}GB now and always run out. {roaming:bool|and add EU roaming please|no roaming, I don't travel}`,
    },
    {
      id: 'tel.04',
      domain: 'telecom',
      keys: MONEY_KEYS,
      text: `[call transcript] agent: so you want to cancel? caller: just the sports pack, we keep the broadband. account {account:id(########)}, it's under {customer.full}. agent: your minimum term ends {end:date(abs,on)}, cancelling now would cost {exit_fee:money(20,200)}. caller: {accept:bool|fine, cancel it now|no then, I'll wait until the term ends}.`,
    },
    {
      id: 'tel.05',
      domain: 'telecom',
      keys: MONEY_KEYS,
      text: `Family plan – {company}
- {lines:int(2,5,d)} SIM-only lines
- {data:int(10,200,d)}GB shared data
- {monthly:money(30,150)}/month in total, {months:int(12,24,d)} months
- unlimited calls & texts
[[- kids' lines with content lock: {content_lock:bool|yes|no}
]]Account holder: {customer.full}, {customer.email}`,
    },
    {
      id: 'tel.06',
      domain: 'telecom',
      keys: MONEY_KEYS,
      text: `Good morning, I move to the new apartment {street}, {postcode} {city} on {move_in:date(abs)}. I want to take my internet contract with me, the customer number is {account:id(########)}. Is possible the technician come the same day?[[ I work until {time:time(15,19)}.]] {landline:bool|I need also the telephone line.|I don't need the telephone line anymore.} Best regards, {customer.full}`,
    },
    {
      id: 'tel.07',
      domain: 'telecom',
      text: `Hi, my {month} bill is {charged:money(40,200)} instead of the usual {expected:money(15,35)}. You charged {minutes:int(50,600,d)} minutes of calls to {country} but I never called abroad. Please correct it and confirm to {customer.email}. Account {account:id(M-########)}. {customer.full}`,
      keys: { ...MONEY_KEYS, month: ['month', 'bill month', 'billing month'] },
    },
  ],
};

const FAMILY_KEYS = {
  ...COMMON,
  rate: ['hourly rate', 'rate', 'pay per hour'],
  bedtime: ['bedtime', 'bed time', 'lights out'],
  days_per_week: ['days per week', 'days a week', 'weekly days'],
  weekdays: ['days', 'weekdays', 'which days'],
  funding: ['funded hours', 'funding', 'claims funding'],
  inhaler: ['inhaler', 'needs inhaler'],
  hours: ['hours per week', 'weekly hours', 'hours'],
  licence: ['driving licence', 'licence required', 'driver'],
  sibling: ['sibling attends', 'sibling coming', 'brother attends'],
  back: ['back on', 'expected back', 'return date'],
  swim: ['swimmer', 'can swim', 'swims'],
  camp: ['camp', 'holiday club', 'provider'],
  sessions_per_day: ['session type', 'days booked', 'session length'],
  pickup_time: ['pickup time', 'collection time', 'pick up at'],
  my_days: ['my days', 'days i drive', 'my turns'],
  size: ['dog size', 'size', 'breed size'],
  on_lead: ['on lead', 'keep on lead', 'lead only'],
  code: ['key safe code', 'code', 'lockbox code'],
  cats: ['cats', 'number of cats', 'cat count'],
  visits: ['visits per day', 'visits', 'daily visits'],
  food: ['food', 'feeding', 'diet'],
  medication: ['medication', 'needs medication', 'meds'],
  vet: ['vet', 'vet practice', 'veterinarian'],
  vet_phone: ['vet phone', 'vet number', 'vet contact'],
  other_dogs: ['other dogs', 'has own dog', 'other pets'],
  vet_visit: ['vet visit', 'taken to vet', 'saw vet'],
  bill: ['vet bill', 'bill', 'cost'],
  per_night: ['price per night', 'nightly rate', 'per night'],
  ate: ['ate', 'ate food', 'eating'],
  next: ['next walk', 'next visit', 'next'],
  refund: ['refund', 'wants refund', 'refund requested'],
  new_date: ['new date', 'rebook date', 'new start'],
  deposit_amount: ['deposit', 'deposit paid', 'deposit amount'],
  exam: ['exam date', 'exam', 'test date'],
  sessions: ['sessions', 'number of sessions', 'lesson count'],
  mode: ['mode', 'format', 'lesson format'],
  weekday: ['day', 'lesson day', 'weekday'],
  instrument: ['instrument', 'lesson instrument'],
  grade_exam: ['grade exam', 'exam', 'exam track'],
  pay: ['still pays', 'pays anyway', 'charged'],
  per_week: ['lessons per week', 'per week', 'weekly lessons'],
  lessons: ['lessons', 'lesson count', 'number of lessons'],
  refundable: ['refundable', 'missed lessons credited', 'credit for missed'],
  sort_code: ['sort code', 'bank code'],
  test: ['test date', 'driving test', 'test'],
  subjects: ['subjects', 'courses', 'classes'],
  group_size: ['group size', 'max group', 'class size'],
  trial: ['trial lesson', 'free trial', 'trial'],
  tier: ['membership', 'tier', 'membership type', 'plan'],
  monthly: ['monthly fee', 'monthly', 'per month'],
  joining: ['joining fee', 'sign up fee', 'enrolment fee'],
  months: ['months', 'duration months', 'number of months'],
  member_no: ['member number', 'membership number', 'member id'],
  cancel: ['cancel reason', 'reason', 'why cancelling'],
  last: ['last payment', 'final debit', 'last debit'],
  freeze: ['freeze', 'freeze instead', 'accepts freeze'],
  focus: ['focus', 'workout', 'session focus'],
  left: ['sessions left', 'remaining sessions', 'left'],
  class: ['class', 'class name', 'workout'],
  studio: ['studio', 'room', 'studio number'],
  cancel_hours: ['cancel hours', 'cancellation window', 'hours notice'],
  late_fee: ['late fee', 'late cancellation fee', 'no show fee'],
  spot: ['spot', 'bike number', 'spot number'],
  pace: ['group', 'pace group', 'level'],
  first_aid: ['first aid', 'first aid trained', 'paediatric first aid'],
  overnight: ['overnight', 'overnight stay', 'sleeps over'],
  neutered: ['neutered', 'spayed', 'is neutered'],
  level: ['level', 'current level', 'ability'],
  dbs_checked: ['dbs checked', 'background check', 'police check'],
  locker: ['locker', 'locker hire', 'wants locker'],
  induction: ['induction date', 'induction', 'gym induction'],
  referral_code: ['referral code', 'promo code', 'friend code'],
} as const;

export const HOME_FAMILY: TemplateGroup = {
  name: 'home-family',
  unstated: {
    childcare: ['allergy:allergy', 'first_aid:bool|yes|no', 'overnight:bool|yes|no', 'sitter.phone'],
    pet_care: [
      'vaccinated:bool|yes|no',
      'microchip:id(###############)',
      'neutered:bool|yes|no',
      'insurance:bool|yes|no',
    ],
    lessons: [
      'trial:bool|yes|no',
      'level:enum(beginner,intermediate,advanced)',
      'tutor.email',
      'dbs_checked:bool|yes|no',
    ],
    fitness: ['joining:money(0,50)', 'locker:bool|yes|no', 'induction:date', 'referral_code:id(@@####)'],
  },
  templates: [
    {
      id: 'kid.01',
      domain: 'childcare',
      keys: FAMILY_KEYS,
      text: `[{sent:msgdate}] {parent.first}: Hi {~sitter.first}! Are you free {date:date} evening from {time:time(17,20)} till about {end_time:time(22,23)}? Only {children:int(2,3)} kids this time, {~child.first} is at a sleepover.[[ Bedtime is {bedtime:time(19,21)}.]] We pay {rate:money(10,20)}/h + a taxi home as usual 🙂`,
    },
    {
      id: 'kid.02',
      domain: 'childcare',
      keys: FAMILY_KEYS,
      text: `Dear {~manager.last},

We'd like to register our son {child.full} ({age:int(1,4)}) for {days_per_week:int(2,5)} days a week from {start:date(abs)}, ideally {weekdays:list(weekday,2,3)}. He's allergic to {allergy}[[ and needs his inhaler at nap time]]. {funding:bool|We're eligible for the funded hours.|We won't be claiming any funded hours.}

Kind regards,
{parent.full}`,
    },
    {
      id: 'kid.03',
      domain: 'childcare',
      keys: { ...FAMILY_KEYS, age: ['youngest age', 'age of youngest', 'youngest child age'] },
      text: `Nanny wanted – {city}
• {children:int(1,3)} children, youngest is {age:int(1,6)}
• {hours:int(15,45,d)} hours a week, Mon–Fri from {time:time(7,9)}
• {rate:money(12,25)} per hour gross
• Start: {start:date(abs)}
[[• Driving licence: {licence:bool|essential|not needed}
]]Get in touch: {parent.full}, {parent.email}`,
    },
    {
      id: 'kid.04',
      domain: 'childcare',
      keys: FAMILY_KEYS,
      text: `[voicemail] hi {~minder.first} it's {parent.first}, {child.first} woke up with {symptom} so she won't be in {date:date(abs,on)}, um {sibling:bool|her brother will still come as normal|we'll keep both of them at home} and hopefully she's back {back:date(+date,1,3)}, I'll text you, thanks`,
    },
    {
      id: 'kid.05',
      domain: 'childcare',
      keys: FAMILY_KEYS,
      text: `Hello family {parent.last}, my name is {aupair.first}, I am {age:int(18,26)} years old and from {country}. I can start on {start:date(abs)} for {months:int(6,12)} months. I have driving license and I am {swim:bool|a good swimmer|not swimming but I can learn}.[[ I speak {language:spoken_language} and English.]] My WhatsApp is {aupair.phone}. Greetings, {aupair.full}`,
    },
    {
      id: 'kid.06',
      domain: 'childcare',
      keys: FAMILY_KEYS,
      text: `Booking confirmation – {camp:company} holiday club
Child: {child.full}, age {age:int(5,12)}
Week: {start:date(abs)} – {end:date(+start,4,4)}
Sessions: {sessions_per_day:enum(full,morning)|full=full days 8:30–17:30|morning=mornings only}
[[Lunch: {lunch:bool|hot lunch booked|packed lunch from home}
]]Total paid: {total:money(80,400)}
Emergency contact: {contact.full}, {contact.phone}`,
    },
    {
      id: 'kid.07',
      domain: 'childcare',
      keys: FAMILY_KEYS,
      text: `{sitter.first} – plan for {~month:month}: school pickup {weekdays:list(weekday,1,3)} at {pickup_time:time(15,16)}, then homework and dinner. Rate stays at {rate:money(10,20)}/h, paid monthly by {payment:enum(@payment)|bank_transfer=bank transfer|cash=cash}. Thanks so much! {parent.first}`,
    },
    {
      id: 'kid.08',
      domain: 'childcare',
      keys: FAMILY_KEYS,
      text: `[{sent:msgdate}] {parent.first}: school run rota this week: I'll take {my_days:list(weekday,1,2)}, could you do the other days? {~other.first}'s dad is away all week. Pickup from {school} is {pickup_time:time(15,16)}, and {child.first} has a packed lunch.`,
    },
    {
      id: 'pet.01',
      domain: 'pet_care',
      keys: FAMILY_KEYS,
      text: `Hi {walker.first},

Could you walk {pet_name}, our {age:int(1,14)}-year-old {size:enum(small,medium,large)|small=little terrier|medium=springer spaniel|large=labrador}, on {weekdays:list(weekday,2,4)} around {time:time(11,14)}, an hour each time? {on_lead:bool|He must stay on the lead, his recall is terrible.;Please keep him on lead.|He's fine off the lead in the park.} The key safe code is {code:id(####)}.

Thanks,
{owner.full}`,
    },
    {
      id: 'pet.02',
      domain: 'pet_care',
      keys: FAMILY_KEYS,
      text: `Cat sitting – {street}
Dates: {start:date(abs)} to {end:date(+start,3,14)}
Cats: {cats:int(1,3)} ({pet_name} is the shy one)
Visits: {visits:int(1,2)} a day
Food: {food:enum(wet,dry,both)|wet=one pouch each|dry=biscuits only|both=pouch in the morning, biscuits at night}
[[Medication: {medication:bool|yes, in the fridge door|none}
]]Vet: {vet:company}, {vet_phone:phone}`,
    },
    {
      id: 'pet.03',
      domain: 'pet_care',
      keys: FAMILY_KEYS,
      text: `Hi {owner.first},

Thanks for getting in touch! I'd love to look after {pet_name} while you're in {destination:city}. For {nights:int(2,14)} nights of home boarding it's {price:money(100,600)} in total.[[ I {other_dogs:bool|have a dog of my own, a very gentle one|don't have any other pets at the moment}.]] Could we do a meet-and-greet {date:date(abs,on)}?

{sitter.full}`,
    },
    {
      id: 'pet.04',
      domain: 'pet_care',
      keys: FAMILY_KEYS,
      text: `[voicemail] hi it's {walker.full} from the dog walking, just so you know {pet_name} cut a paw in the park today, nothing serious, I {vet_visit:bool|took him straight to the vet and it's been cleaned and dressed|didn't think he needed the vet so I cleaned it up myself}[[?vet_visit , the bill was {bill:money(30,200)}]], call me on {walker.phone} if you want to chat`,
    },
    {
      id: 'pet.05',
      domain: 'pet_care',
      keys: FAMILY_KEYS,
      text: `Hello, I need somebody to take care of my {species:pet_kind} when I am in hospital, from {start:date(abs)}, maybe {days:int(3,10)} days. Two times each day food and fresh water. I live {street}, {city}, floor {floor:int(1,6,d)}. I can pay {price:money(10,30)} each day. Please call {owner.phone}. {owner.first}`,
    },
    {
      id: 'pet.06',
      domain: 'pet_care',
      keys: FAMILY_KEYS,
      text: `{company} Boarding Kennels – booking {booking:id(K-#####)}
Dog: {pet_name}, {weight:int(5,45,d)} kg
In: {start:date(abs)} at {time:time(8,12)}
Out: {end:date(+start,2,21)}
[[Vaccination card seen: {vaccinated:bool|yes|no, bring it at drop-off}
]]Per night: {per_night:money(15,50)}
Owner: {owner.full}, {owner.phone}`,
    },
    {
      id: 'pet.07',
      domain: 'pet_care',
      keys: FAMILY_KEYS,
      text: `[{sent:msgdate}] {walker.first}: {duration:int(30,90,d)} mins round the lake with {pet_name} 🐕 {ate:bool|he wolfed down his lunch after|he didn't touch his food afterwards}, water bowl refilled. That's {amount:money(10,30)} for today, see you {next:date}!`,
    },
    {
      id: 'pet.08',
      domain: 'pet_care',
      keys: FAMILY_KEYS,
      text: `Hi {sitter.first},

I'm so sorry, but we have to cancel {pet_name}'s stay starting {start:date(abs)} because our trip fell through. I paid a deposit of {deposit_amount:money(20,100)}; {refund:bool|would you be able to refund it?|please keep it, I know it's late notice.} Could we rebook for {new_date:date(abs)} instead?

{owner.full}`,
    },
    {
      id: 'tut.01',
      domain: 'lessons',
      text: `Dear {tutor.full},

My daughter {child.first} is in {grade} and finding {subject} hard, with an exam coming up {exam:date(abs,on)}. Could you offer {sessions:int(4,12)} sessions of {duration:int(45,90,d)} minutes, {mode:enum(online,in_person)|online=online|in_person=at our home}?[[ {weekday} afternoons would suit us best.]] What is your rate?

Best wishes,
{parent.full}, {parent.phone}`,
      keys: { ...FAMILY_KEYS, subject: ['subject', 'course', 'topic'] },
    },
    {
      id: 'tut.02',
      domain: 'lessons',
      keys: FAMILY_KEYS,
      text: `Hi {parent.first},

lovely to hear from you! I have a {instrument:enum(piano,violin,guitar,flute)} slot for {student.first} on {weekday}s at {time:time(15,19)}, starting {start:date(abs)}. Lessons are {duration:int(30,60,d)} minutes at {price:money(15,60)} each, paid termly in advance.[[ {grade_exam:bool|We could aim for a Grade 1 exam in the summer.|No exams, we'll just play for fun to begin with.}]]

{tutor.full}`,
    },
    {
      id: 'tut.03',
      domain: 'lessons',
      keys: FAMILY_KEYS,
      text: `[{sent:msgdate}] {parent.first}: so sorry, {student.first} is ill and can't make guitar {date:date}. could we do {new_date:date(+date,1,6)} at {time:time(15,19)} instead? {pay:bool|I know it's short notice, so I'll pay for the missed one|hope it's not too late to cancel without a charge}`,
    },
    {
      id: 'tut.04',
      domain: 'lessons',
      keys: FAMILY_KEYS,
      text: `Hello, I am {student.full} and I want learn {language:spoken_language}, I am total beginner. I can do {per_week:int(1,3)} lessons per week, on weekdays after {time:time(18,20)}. I prefer {mode:enum(online,in_person)|online=online with video|in_person=face to face in a café}. How much cost one hour? My email is {student.email}.`,
    },
    {
      id: 'tut.05',
      domain: 'lessons',
      keys: FAMILY_KEYS,
      text: `Autumn term – {student.full}
{lessons:int(8,14,d)} lessons × {price:money(15,50)} = {total:money(=lessons*price)}
From {start:date(abs)} to {end:date(+start,60,90)}
[[Missed lessons {refundable:bool|are credited if cancelled 24h ahead|cannot be refunded}
]]Please pay {tutor.full}, sort code {sort_code:id(##-##-##)}, account {account:id(########)}`,
    },
    {
      id: 'tut.06',
      domain: 'lessons',
      text: `[voicemail] hiya it's {instructor.first}, your driving instructor, just confirming your lesson {date:date(abs,on)} at {time:time(7,18)}, I'll pick you up {pickup_location:enum(home,college,work)|home=from home|college=outside the college|work=outside your work}, it's a {duration:int(1,2)} hour one so {price:money(30,90)}[[, and don't forget your test is {test:date(abs,on)}]], see you then`,
      keys: { ...FAMILY_KEYS, duration: ['duration hours', 'lesson hours', 'hours'] },
    },
    {
      id: 'tut.07',
      domain: 'lessons',
      keys: FAMILY_KEYS,
      text: `Enrolment – {company} Learning Centre
Student: {student.full} ({grade})
Subjects: {subjects:list(subject,1,3)}
Day/time: {weekday} {time:time(15,19)}
[[Group size: max {group_size:int(3,8,d)}
]]Monthly fee: {fee:money(60,300)}
Trial lesson: {trial:bool|free|not included}`,
    },
    {
      id: 'gym.01',
      domain: 'fitness',
      keys: { ...FAMILY_KEYS, months: ['minimum term', 'term months', 'contract months'] },
      text: `Welcome to {company}, {member.first}!
Membership: {tier:enum(off_peak,standard,premium)|off_peak=Off-peak (before 4pm)|standard=Standard|premium=Premium (all clubs + classes)}
Home club: {city}
Monthly fee: {monthly:money(15,90)}, first payment {start:date(abs)}
[[Joining fee: {joining:money(0,50)}
]]Minimum term: {months:int(1,12)} months
Member no.: {member_no:id(#######)}`,
    },
    {
      id: 'gym.02',
      domain: 'fitness',
      keys: FAMILY_KEYS,
      text: `Hello,

please cancel my membership (no. {member_no:id(########)}) as {cancel:enum(moving,injury,cost)|moving=I'm moving away|injury=I have a knee injury|cost=it's too expensive for me now}. My last direct debit should be {last:date(abs,on)}.[[ {freeze:bool|If cancelling isn't possible yet, please freeze it for three months.|Please don't offer me a freeze, I just want to cancel.}]]

Thanks,
{member.full}`,
    },
    {
      id: 'gym.03',
      domain: 'fitness',
      keys: FAMILY_KEYS,
      text: `[{sent:msgdate}] {trainer.first}: next session {date:date} at {time:time(6,20)} ok? we'll do {focus:enum(legs,upper,cardio)|legs=legs|upper=upper body|cardio=conditioning} 💪 you've got {left:int(1,4)} left on your pack, the next block of {sessions:int(5,20,d)} is {price:money(150,800)}`,
    },
    {
      id: 'gym.04',
      domain: 'fitness',
      keys: FAMILY_KEYS,
      text: `You're booked! {class:enum(spin,yoga,pilates,hiit)|spin=Spin 45|yoga=Vinyasa Yoga|pilates=Reformer Pilates|hiit=HIIT Blast} with {instructor.first}, {date:date(abs)} at {time:time(6,20)}, Studio {studio:int(1,4,d)}. Cancel at least {cancel_hours:int(2,12,d)} hours before or a {late_fee:money(3,15)} fee applies.[[ Your spot: {spot:int(1,30,d)}.]]`,
    },
    {
      id: 'gym.05',
      domain: 'fitness',
      text: `Hello, I want to ask about the gym. I am student at the university, I have {age:int(18,28)} years. Is there discount for student? I want come only {visits:int(2,4)} times in the week, mostly early, before {time:time(7,10)}. Also my wife want to join, is possible family price? We live in {city}. Thanks, {member.full}`,
      keys: { ...FAMILY_KEYS, visits: ['visits per week', 'visits', 'times per week'] },
    },
    {
      id: 'gym.06',
      domain: 'fitness',
      text: `[voicemail] hi this is {member.full}, member number {member_no:id(######)}, I've broken my wrist so I'd like to freeze my membership for {months:int(1,3)} months from {start:date(abs)}, I've got a doctor's note I can email over, you can reach me on {member.phone}, thanks`,
      keys: { ...FAMILY_KEYS, months: ['freeze months', 'months', 'freeze length'] },
    },
    {
      id: 'gym.07',
      domain: 'fitness',
      text: `Running club sign-up
Name: {member.full}
Email: {member.email}
Group: {pace:enum(beginner,intermediate,fast)|beginner=Couch to 5k|intermediate=10k group (6 min/km)|fast=Fast pack (sub 5 min/km)}
Runs: {weekdays:list(weekday,1,3)}
Emergency contact: {contact.full}, {contact.phone}[[
Club vest: {size:enum(@size)}]]`,
      keys: { ...FAMILY_KEYS, size: ['vest size', 'size', 'shirt size'] },
    },
  ],
};

const LOCAL_KEYS = {
  ...COMMON,
  book_by: ['book by', 'booking deadline', 'book before'],
  weekday: ['day', 'available day', 'weekday'],
  fee: ['fee', 'mot fee', 'price'],
  warning: ['warning light', 'warning', 'dashboard light'],
  courtesy: ['courtesy car', 'needs courtesy car', 'loan car'],
  brakes: ['brakes cost', 'brake quote', 'brakes'],
  oil_leak: ['oil leak cost', 'leak repair', 'oil leak'],
  approved_leak: ['leak approved', 'fix leak too', 'approved extra'],
  ready: ['ready at', 'ready time', 'collection time'],
  passed: ['passed', 'result', 'mot passed'],
  advisories: ['advisories', 'advisory count', 'advisory items'],
  expiry: ['expiry', 'mot expiry', 'valid until'],
  tester: ['tester', 'tested by', 'inspector'],
  service_type: ['service type', 'service', 'service level'],
  labour: ['labour', 'labor', 'labour cost'],
  parts: ['parts', 'parts cost'],
  next_km: ['next service km', 'next service at', 'service due km'],
  part: ['part replaced', 'part', 'repair'],
  until: ['open until', 'closes at', 'until'],
  tyres: ['tyres', 'tyre count', 'number of tyres'],
  tyre_size: ['tyre size', 'size', 'tire size'],
  season: ['season', 'tyre type', 'tyre season'],
  disposal: ['disposal', 'old tyres disposed', 'dispose old'],
  year: ['year', 'model year', 'registered'],
  fuel: ['fuel', 'fuel type', 'engine'],
  owners: ['owners', 'previous owners', 'owner count'],
  mot_until: ['mot until', 'mot expiry', 'mot'],
  swap: ['swaps', 'open to swap', 'trade ins'],
  valuation: ['valuation', 'part exchange value', 'trade in value'],
  apr: ['apr', 'interest rate', 'finance rate'],
  valid_until: ['valid until', 'offer valid until', 'expiry'],
  finance: ['finance', 'paying on finance', 'uses finance'],
  vin: ['vin', 'chassis number', 'vehicle identification number'],
  zone: ['zone', 'parking zone', 'permit zone'],
  permit: ['permit type', 'permit', 'permit kind'],
  pcn: ['pcn', 'penalty notice', 'ticket number'],
  permit_shown: ['permit displayed', 'had permit', 'permit shown'],
  fine: ['fine', 'penalty', 'charge amount'],
  band: ['band', 'council tax band', 'tax band'],
  annual: ['annual charge', 'yearly amount', 'annual'],
  instalments: ['instalments', 'number of instalments', 'installments'],
  single_person: ['single person discount', 'discount', 'lives alone'],
  type: ['type', 'problem type', 'report type'],
  house_no: ['house number', 'number', 'house no'],
  hazard: ['hazard', 'dangerous', 'traffic hazard'],
  month: ['month', 'applied in', 'since month'],
  permit_no: ['permit number', 'permit no', 'permit id'],
  digital: ['virtual permit', 'digital', 'is digital'],
  proxy_by: ['proxy deadline', 'proxy forms by', 'proxy by'],
  charge: ['service charge', 'proposed charge', 'annual service charge'],
  nights: ['nights', 'nights this week', 'late nights'],
  wake: ['wake time', 'up at', 'alarm time'],
  previous: ['mentioned before', 'raised before', 'previous complaint'],
  reported: ['reported', 'reported to police', 'police told'],
  violation: ['violation', 'breach', 'issue found'],
  association: ['association', 'hoa', 'residents association'],
  closure: ['road closure', 'closure approved', 'road closed'],
  bring: ['bring', 'food to bring', 'contributions'],
  contribution: ['contribution', 'per household', 'fee per household'],
  skip: ['skip', 'skip on street', 'has skip'],
  weeks: ['weeks', 'duration weeks', 'how long'],
  warranty_months: ['warranty months', 'repair warranty', 'guarantee months'],
  mot_due: ['mot due', 'next mot', 'mot expiry date'],
  gearbox: ['gearbox', 'transmission'],
  service_history: ['service history', 'full service history', 'has service history'],
  paid_online: ['paid online', 'online payment'],
  children_welcome: ['children welcome', 'kids welcome', 'family friendly'],
} as const;

export const HOME_LOCAL: TemplateGroup = {
  name: 'home-local',
  unstated: {
    car_repair: ['courtesy:bool|yes|no', 'warranty_months:int(3,24)', 'invoice:id(G-#####)', 'mot_due:date'],
    car_sale: [
      'owners:int(1,4)',
      'fuel:enum(petrol,diesel,hybrid,electric)',
      'gearbox:enum(manual,automatic)',
      'service_history:bool|yes|no',
    ],
    council: [
      'reference:id(DPB/#####)',
      'band:enum(A,B,C,D,E,F)',
      'paid_online:bool|yes|no',
      'deadline:date',
    ],
    neighbourhood: ['flat:id(#@)', 'rsvp_by:date', 'children_welcome:bool|yes|no', 'organizer.phone'],
  },
  templates: [
    {
      id: 'mot.01',
      domain: 'car_repair',
      keys: LOCAL_KEYS,
      text: `{plate}: MOT due {due:date(abs)}
Hi {customer.first}, the MOT on your {vehicle:car_model} runs out on that date. Book with {company} before {book_by:date(+due,-30,-5)} to be safe.[[ We have {weekday} slots from {time:time(8,10)}, test fee {fee:money(30,55)}.]] Reply YES to book or call {support.phone}.`,
    },
    {
      id: 'mot.02',
      domain: 'car_repair',
      keys: LOCAL_KEYS,
      text: `Hello,

my {vehicle:car_model} ({plate}) grinds when I brake, and the {warning:enum(engine,abs,battery,tyre)|engine=engine light|abs=ABS light|battery=battery warning light|tyre=tyre pressure light} came on this week.[[ It's done {km:int(20000,220000,d)} km.]] Can you look at it {date:date(abs,on)}? {courtesy:bool|I'll need a courtesy car, as I commute.|I can manage without a courtesy car.}

Thanks,
{customer.full}`,
    },
    {
      id: 'mot.03',
      domain: 'car_repair',
      keys: LOCAL_KEYS,
      text: `[call transcript] mechanic: right, we've had a look at the {vehicle:car_model}. front pads and discs need doing, that's {brakes:money(150,450)}, and there's an oil leak from the sump, another {oil_leak:money(80,300)}. customer: {approved_leak:bool|go on then, do both|just the brakes for now, leave the leak}. mechanic: no problem, it'll be ready by {ready:time(15,18)}. customer: great, it's {customer.full} by the way, {customer.phone}`,
    },
    {
      id: 'mot.04',
      domain: 'car_repair',
      keys: LOCAL_KEYS,
      text: `MOT test result: {passed:bool|PASS|FAIL}
Vehicle: {vehicle:car_model}, reg {plate}
Odometer: {km:int(10000,250000,d)} km
Test date: {date:date(past,abs)}
Advisories: {advisories:int(0,4,d)}
[[?passed Expiry: {expiry:date(+date,364,365)}
]]Tester: {tester:full}`,
    },
    {
      id: 'mot.05',
      domain: 'car_repair',
      keys: LOCAL_KEYS,
      text: `Hello, my car is {vehicle:car_model}, number {plate}. The window on driver side don't go up anymore, it stay open and is raining. Can you repair fast? I can bring the car {date:date(abs,on)} early, around {time:time(7,9)}. How much is cost approximately? {customer.full}, {customer.phone}`,
    },
    {
      id: 'mot.06',
      domain: 'car_repair',
      keys: LOCAL_KEYS,
      text: `Invoice {invoice:id(G-#####)} – {company}
Vehicle: {plate} ({vehicle:car_model})
Work: {service_type:enum(interim,full,major)|interim=Interim service|full=Full service|major=Major service}
Parts: {parts:money(40,400)}
Labour: {labour:money(50,500)}
Total: {total:money(=parts+labour)}[[
Next service due at {next_km:int(10000,250000,d)} km]]`,
    },
    {
      id: 'mot.07',
      domain: 'car_repair',
      keys: LOCAL_KEYS,
      text: `[{sent:msgdate}] {company}: Hi {customer.first}, your {vehicle:car_model} is ready to collect. We replaced the {part:enum(battery,clutch,timing_belt,exhaust)|battery=battery|clutch=clutch|timing_belt=timing belt|exhaust=rear exhaust box}. Total {total:money(90,1500)}. We're open until {until:time(17,19)}[[, keys are at reception]].`,
    },
    {
      id: 'mot.08',
      domain: 'car_repair',
      keys: LOCAL_KEYS,
      text: `Tyre fitting booked
• Car: {vehicle:car_model}, {plate}
• Tyres: {tyres:int(1,4,d)} × {tyre_size:id(2#5/#5R1#)}, {season:enum(summer,winter,all_season)|summer=summer|winter=winter|all_season=all-season}
• When: {date:date(abs)}, {time:time(8,17)}
• Price: {price:money(60,220)} per tyre, fitted[[
• Old tyres disposed: {disposal:bool|yes|no, customer keeps them}]]`,
    },
    {
      id: 'auto.01',
      domain: 'car_sale',
      keys: LOCAL_KEYS,
      text: `FOR SALE: {year:int(2008,2023,d)} {vehicle:car_model}, {km:int(15000,220000,d)} km, {fuel:enum(petrol,diesel,hybrid,electric)}, {color}. Previous owners: {owners:int(1,4,d)}. Full service history.[[ MOT until {mot_until:date(abs)}.]] {price:money(2000,30000,r)} ono. {swap:bool|Open to swaps.|No swaps, no time wasters.} Call {seller.first} on {seller.phone}, {city}.`,
    },
    {
      id: 'auto.02',
      domain: 'car_sale',
      keys: LOCAL_KEYS,
      text: `Hi {seller.first},

I saw your {vehicle:car_model} advertised at {~price:money(9000,30000,r)}. Is it still available? I'd offer {offer:money(6000,8900,r)} in cash if the timing belt has been done. Could I view it {date:date(abs,on)} in {city}? I'd bring a friend who's a mechanic.

Thanks,
{buyer.full}
{buyer.phone}`,
    },
    {
      id: 'auto.03',
      domain: 'car_sale',
      keys: LOCAL_KEYS,
      text: `{sent:msgdate}
{buyer.first}: hi, is the {vehicle:car_model} still for sale?
{seller.first}: yes, {price:money(9000,20000,r)}, {km:int(20000,200000,d)} km, new clutch last year
{buyer.first}: would you take {offer:money(7000,8900,r)}?
{seller.first}: {accepted:bool|ok, deal. when can you come?|no sorry, the lowest I'd go is the asking price}
{buyer.first}: {date:date} after work?`,
    },
    {
      id: 'auto.04',
      domain: 'car_sale',
      keys: LOCAL_KEYS,
      text: `Dear {customer.full},

thank you for your enquiry. Based on the details you gave us ({vehicle:car_model}, {plate}, {km:int(20000,180000,d)} km), our part-exchange valuation is {valuation:money(1000,20000,r)}, subject to inspection. This offer is valid until {valid_until:date(abs)}.[[ Finance on your new car is available at {apr:num(3,12,1)}% APR.]]

{dealer.full}
{company}`,
    },
    {
      id: 'auto.05',
      domain: 'car_sale',
      keys: LOCAL_KEYS,
      text: `Hello, I sell my car because I go back to {country}. Is {vehicle:car_model} from {year:int(2010,2022,d)}, automatic, {km:int(30000,200000,d)} km, never accident. Price {price:money(3000,20000,r)}, little bit negotiable.[[ I must sell before {deadline:date(abs)}.]] The car is in {city}. Write me {seller.email} or call.`,
    },
    {
      id: 'auto.06',
      domain: 'car_sale',
      keys: LOCAL_KEYS,
      text: `[voicemail] hi it's {buyer.first} about the {vehicle:car_model} you've got advertised, um I'm interested, {finance:bool|I'd be buying on finance so I'll need the logbook details|I'd be paying cash} so can I come and see it {date:date(abs,on)} around {time:time(10,19)}? my number's {buyer.phone}, cheers`,
    },
    {
      id: 'auto.07',
      domain: 'car_sale',
      keys: LOCAL_KEYS,
      text: `RECEIPT – SALE OF VEHICLE
Vehicle: {vehicle:car_model}, reg {plate}, VIN {vin:id(*****************)}
Sold by {seller.full} to {buyer.full} on {date:date(past,abs)}
Price paid: {price:money(1000,30000,r)} by {payment:enum(@payment)|cash=cash|bank_transfer=bank transfer}
[[Odometer: {km:int(10000,250000,d)} km
]]Sold as seen, no warranty given.`,
    },
    {
      id: 'cncl.01',
      domain: 'council',
      keys: LOCAL_KEYS,
      text: `Residents' parking permit – application
Name: {resident.full}
Address: {street}, {postcode}
Zone: {zone:id(@#)}
Vehicle: {vehicle:car_model}, {plate}
Permit: {permit:enum(annual,six_month,visitor)|annual=12 months|six_month=6 months|visitor=visitor vouchers}
Start: {start:date(abs)}[[
Fee paid: {fee:money(20,300)}]]`,
    },
    {
      id: 'cncl.02',
      domain: 'council',
      keys: LOCAL_KEYS,
      text: `Dear Sir or Madam,

I'm appealing penalty charge notice {pcn:id(@@########)}, issued {date:date(past,abs,on)} at {time:time(8,20)} on {street} to my car {plate}. {permit_shown:bool|I had a valid resident permit on display, as the attached photo shows.|My permit had just expired, but the renewal was already paid.}[[ I don't think the {fine:money(25,130)} charge is fair.]]

{resident.full}`,
    },
    {
      id: 'cncl.03',
      domain: 'council',
      keys: LOCAL_KEYS,
      text: `Council tax bill – account {account:id(##########)}
Property: {street}
Band {band:enum(A,B,C,D,E,F)}, annual charge {annual:money(900,3000)}, payable in {instalments:int(10,12,d)} monthly instalments. {single_person:bool|A 25% single person discount has been applied.|No discounts apply.} First instalment due {due:date(abs)}.`,
    },
    {
      id: 'cncl.04',
      domain: 'council',
      keys: LOCAL_KEYS,
      text: `Report a problem – {city} Council
Type: {type:enum(pothole,streetlight,graffiti,blocked_drain)|pothole=Pothole|streetlight=Street light not working|graffiti=Graffiti|blocked_drain=Blocked drain}
Location: outside no. {house_no:int(1,200,d)}, {street}
First noticed: {date:date(past,abs)}
[[Hazard to traffic: {hazard:bool|Yes|No}
]]Reported by: {resident.full}, {resident.email}`,
    },
    {
      id: 'cncl.05',
      domain: 'council',
      keys: LOCAL_KEYS,
      text: `[voicemail] hello my name is {resident.full}, I live at {street} and I applied for a disabled parking bay outside my house back in {month}, the reference is {reference:id(DPB/#####)}, I still haven't heard anything, um I'm {age:int(65,95)} and walking is difficult, please call me back on {resident.phone}`,
    },
    {
      id: 'cncl.06',
      domain: 'council',
      keys: LOCAL_KEYS,
      text: `Hello, my parents come from {country} to visit me from {start:date(abs)} for {weeks:int(1,6)} weeks and they rent a car. I live in zone {zone:id(@#)}, {street}. How I can buy visitor permits for them? Is possible to pay online? The car number I don't know yet. {resident.full}, {resident.email}`,
    },
    {
      id: 'cncl.07',
      domain: 'council',
      text: `Dear {resident.full},

your {permit:enum(resident,business)|resident=resident|business=business} parking permit {permit_no:id(P######)} for {plate} has been renewed and is valid from {start:date(abs)} until {end:date(+start,180,365)}. {digital:bool|It is a virtual permit, so there's nothing to display.|Your new paper permit is enclosed, please display it clearly.} Amount charged: {fee:money(30,250)}.

Parking Services`,
      keys: { ...LOCAL_KEYS, permit: ['permit type', 'permit category', 'permit kind'] },
    },
    {
      id: 'hoa.01',
      domain: 'neighbourhood',
      keys: LOCAL_KEYS,
      text: `NOTICE TO ALL RESIDENTS
The annual general meeting of {association:company} will be held {date:date(abs,on)} at {time:time(18,20)} in the community room, {street}. On the agenda: next year's service charge (proposed {charge:money(600,3000)}), roof repairs and the new bike store.[[ Proxy forms must reach {organizer.full} by {proxy_by:date(+date,-10,-1)}.]]`,
    },
    {
      id: 'hoa.02',
      domain: 'neighbourhood',
      keys: LOCAL_KEYS,
      text: `Hi {neighbour.first},

hope you're well. I wanted to mention, as nicely as I can, that the music from your flat has gone on past {time:time(23,23)} on {nights:int(2,5)} nights this week, and I'm up at {wake:time(5,6)} for work. {previous:bool|I did bring this up a few weeks ago.|I haven't said anything before, so maybe you didn't realise.} Could you keep it down after eleven?

Thanks,
{sender.first} (flat {flat:id(#@)})`,
    },
    {
      id: 'hoa.03',
      domain: 'neighbourhood',
      keys: LOCAL_KEYS,
      text: `[{sent:msgdate}] {sender.first} ({street}): heads up all, a {color} van, plate {plate}, was driving round really slowly {date:date(past)} and again today about {time:time(10,16)}. {reported:bool|I've already reported it to the police|haven't reported it yet, has anyone else seen it?}`,
    },
    {
      id: 'hoa.04',
      domain: 'neighbourhood',
      keys: LOCAL_KEYS,
      text: `Dear {resident.full},

during the inspection on {date:date(past,abs)}, the board noted that {violation:enum(bins,parking,fence,lawn)|bins=your bins were left at the kerb outside collection days|parking=a boat trailer was parked in your driveway|fence=the new fence is higher than permitted|lawn=the front lawn is overgrown}. Please put this right by {deadline:date(+date,7,30)}[[, or a fine of {fine:money(25,250)} will be charged to account {account:id(HOA-####)}]].

{association:company} Board`,
    },
    {
      id: 'hoa.05',
      domain: 'neighbourhood',
      keys: LOCAL_KEYS,
      text: `Street party – {street} 🎉
When: {date:date(abs)} from {time:time(12,15)}
[[Road closure: {closure:bool|approved by the council|still waiting to hear back}
]]Please bring: {bring:list(dish_to_bring,1,3)}
Kids' games run by {organizer.full}
{contribution:money(5,20)} per household towards the bouncy castle, to {organizer.email}`,
    },
    {
      id: 'hoa.06',
      domain: 'neighbourhood',
      keys: LOCAL_KEYS,
      text: `Hello neighbour, I am {sender.first} from number {house_no:int(1,120,d)}. We renovate the kitchen from {start:date(abs)} for about {weeks:int(1,6)} weeks, so sometimes there is noise already from {time:time(8,9)}. Sorry for this.[[ {skip:bool|We will put a skip in front of the house.|We don't put a skip on the street.}]] If you have problem, my number is {sender.phone}.`,
    },
    {
      id: 'hoa.07',
      domain: 'neighbourhood',
      keys: LOCAL_KEYS,
      text: `Found on {street} {date:date(past,abs,on)}: a parcel for {recipient.full} at number {house_no:int(1,150,d)}, delivered to us by mistake. It's with us at no. {~our_no:int(1,150,d)}, knock any time after {time:time(17,19)} or text {sender.phone} 📦`,
    },
  ],
};
