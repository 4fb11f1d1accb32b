// whole messages about running a business: buying and selling (purchase orders, quotes, CRM notes,
// contract renewals, procurement approvals), moving goods (stock counts and transfers, freight,
// customs, quality reports), services and events (field service, room bookings, conferences,
// speakers), communication and people (campaign briefs, press enquiries, payroll fixes, travel
// pre-approval) and IT and partners (security incidents, licences, maintenance windows, partner
// onboarding). Five groups, as a group holds at most forty templates.
import type { Template, TemplateGroup } from './format';

/** key synonyms of the fields these messages add (the common ones are in KEYS). */
const BKEYS: Readonly<Record<string, readonly string[]>> = {
  // people and groups
  supplier: ['supplier', 'supplier contact', 'sales contact'],
  ship_to: ['ship to', 'delivery address', 'deliver to'],
  lead: ['lead', 'prospect', 'contact'],
  rep: ['sales rep', 'rep', 'account executive'],
  account_manager: ['account manager', 'customer success', 'contact'],
  signatory: ['signatory', 'signed by', 'signer'],
  requester: ['requester', 'requested by', 'submitted by'],
  second_approver: ['second approver', 'additional approver', 'co approver'],
  owner: ['owner', 'account owner', 'responsible'],
  counter: ['counter', 'counted by', 'stock counter'],
  planner: ['planner', 'inventory planner', 'planned by'],
  worker: ['worker', 'reported by', 'warehouse worker'],
  supervisor: ['supervisor', 'shift lead', 'team lead'],
  receiver: ['receiver', 'received by', 'goods receiver'],
  driver: ['driver', 'truck driver', 'delivered by'],
  forwarder: ['forwarder', 'freight forwarder', 'agent'],
  shipper: ['shipper', 'sender', 'booked by'],
  collect_from: ['collection address', 'collect from', 'pickup address'],
  deliver_to: ['delivery address', 'deliver to', 'drop off'],
  carrier_contact: ['carrier contact', 'carrier', 'haulier'],
  importer: ['importer', 'importer contact', 'consignee contact'],
  exporter_contact: ['exporter', 'shipper contact', 'sender'],
  inspector: ['inspector', 'inspected by', 'quality inspector'],
  operator: ['operator', 'reported by', 'shift operator'],
  quality_lead: ['quality lead', 'contact', 'quality manager'],
  signed_by: ['signed by', 'customer signature', 'signatory'],
  visitor: ['visitor', 'guest', 'employee'],
  venue_contact: ['venue contact', 'venue', 'events manager'],
  booker: ['booker', 'booked by', 'contact'],
  original: ['original attendee', 'previous attendee', 'transfer from'],
  speaker: ['speaker', 'presenter', 'guest speaker'],
  coordinator: ['coordinator', 'event coordinator', 'organizer'],
  moderator: ['moderator', 'host', 'chair'],
  agency_contact: ['agency contact', 'agency', 'account lead'],
  journalist: ['journalist', 'reporter', 'contact'],
  pr: ['pr contact', 'press officer', 'comms contact'],
  spokesperson: ['spokesperson', 'quoted person', 'speaker'],
  payroll: ['payroll contact', 'payroll', 'handled by'],
  finance: ['finance contact', 'finance', 'reviewed by'],
  guard: ['guard', 'security guard', 'reported by'],
  researcher: ['researcher', 'reporter', 'finder'],
  analyst: ['analyst', 'reported by', 'soc analyst'],
  it_admin: ['it admin', 'it contact', 'administrator'],
  implementer: ['implementer', 'engineer', 'done by'],
  oncall: ['on call', 'on call engineer', 'pager'],
  partner_contact: ['partner contact', 'contact', 'partner rep'],
  channel_manager: ['channel manager', 'partner manager', 'account manager'],
  // purchasing and sales
  incoterm: ['incoterm', 'incoterms', 'delivery terms'],
  quote_ref: ['quote number', 'quote ref', 'quotation number'],
  valid_until: ['valid until', 'offer valid until', 'expiry date'],
  lead_days: ['lead time days', 'lead time', 'delivery days'],
  free_freight: ['freight included', 'free freight', 'shipping included'],
  partial: ['partial delivery', 'partial shipments allowed', 'split delivery'],
  order_date: ['order date', 'po date', 'ordered on'],
  supplier_city: ['supplier city', 'vendor city', 'supplier location'],
  sku: ['sku', 'article number', 'item number'],
  discount: ['discount', 'discount percent', 'price reduction'],
  moq: ['minimum order', 'moq', 'minimum order quantity'],
  ship_date: ['ship date', 'dispatch date', 'shipping date'],
  carrier: ['carrier', 'shipping company', 'courier'],
  employees: ['employees', 'company size', 'headcount'],
  decision_maker: ['decision maker', 'is decision maker', 'can sign'],
  next_step: ['next step', 'demo date', 'next meeting'],
  source: ['lead source', 'source', 'channel'],
  close: ['close date', 'expected close', 'closing date'],
  legal_review: ['legal review', 'needs legal review'],
  competitor: ['competitor', 'competing vendor', 'other vendor'],
  loss_reason: ['loss reason', 'lost reason', 'why lost'],
  deal_value: ['deal value', 'deal size', 'pipeline value'],
  interest: ['interests', 'interested in', 'wanted features'],
  hot: ['hot lead', 'is hot', 'high intent'],
  follow_up: ['follow up date', 'follow up by', 'next contact'],
  met: ['met on', 'call date', 'last contact'],
  billing: ['billing cycle', 'billing', 'billing frequency'],
  stage: ['stage', 'deal stage', 'pipeline stage'],
  contract_years: ['contract years', 'contract length years', 'term years'],
  unsubscribe: ['unsubscribe', 'opt out', 'stop emails'],
  contract: ['contract number', 'contract', 'agreement number'],
  renewal: ['renewal date', 'renews on', 'renewal'],
  term: ['term months', 'term', 'contract term'],
  annual_fee: ['annual fee', 'yearly price', 'price per year'],
  auto_renew: ['auto renew', 'renews automatically', 'auto renewal'],
  notice_days: ['notice days', 'notice period days', 'notice'],
  decide_by: ['decide by', 'decision deadline', 'decision date'],
  usage: ['usage', 'seat usage', 'utilisation'],
  renew: ['renew', 'recommend renewal', 'should renew'],
  billing_email: ['billing email', 'invoice email', 'accounts email'],
  data_export: ['data export', 'wants data export', 'export requested'],
  customer_company: ['customer', 'customer company', 'account'],
  risk: ['risk', 'churn risk', 'risk level'],
  increase: ['price increase', 'increase', 'uplift percent'],
  uplift: ['price change', 'increase', 'change percent'],
  extension: ['extension months', 'extend by', 'extension'],
  machines: ['machines', 'copier count', 'device count'],
  quotes: ['quotes', 'number of quotes', 'quote count'],
  remaining: ['remaining budget', 'budget left', 'remaining'],
  new_hires: ['new hires', 'new starters', 'people starting'],
  unit_price: ['unit price', 'price per piece', 'price each'],
  resubmit: ['resubmit', 'needs resubmission', 'must resubmit'],
  forklift: ['forklift cost', 'forklift', 'forklift amount'],
  licences: ['licence cost', 'license amount', 'licences'],
  licences_ok: ['licences approved', 'license decision', 'licences ok'],
  next_meeting: ['next meeting', 'next committee', 'next date'],
  // goods: stock, freight, customs, quality
  warehouse: ['warehouse', 'distribution centre', 'site city'],
  bin: ['bin', 'bin location', 'storage location'],
  counted: ['counted', 'counted quantity', 'physical count'],
  expected: ['system quantity', 'expected', 'book stock'],
  recount: ['recount', 'recount done', 'recounted'],
  from_site: ['from', 'origin site', 'source warehouse'],
  to_site: ['to', 'destination site', 'target warehouse'],
  transfer: ['transfer number', 'transfer order', 'transfer id'],
  aisle: ['aisle', 'aisle number'],
  recount_date: ['recount date', 'recount on', 'recount by'],
  locations: ['locations counted', 'locations', 'bins counted'],
  accuracy: ['accuracy', 'inventory accuracy', 'count accuracy'],
  shrinkage: ['shrinkage', 'net shrinkage', 'stock loss'],
  audited: ['auditors present', 'audited', 'audit attended'],
  missing: ['missing cartons', 'missing', 'shortfall'],
  on_hand: ['on hand', 'stock on hand', 'quantity on hand'],
  reorder_point: ['reorder point', 'reorder level', 'min stock'],
  open_po: ['open po', 'has open order', 'order pending'],
  zone: ['zone', 'count zone', 'area'],
  scanner_ok: ['scanner ok', 'scanner working', 'scanner worked'],
  consignee: ['consignee', 'receiver', 'ship to company'],
  tail_lift: ['tail lift', 'needs tail lift', 'tail lift required'],
  hazardous: ['hazardous', 'dangerous goods', 'is hazmat'],
  container: ['container type', 'container', 'equipment type'],
  pol: ['port of loading', 'pol', 'loading port'],
  pod: ['port of discharge', 'pod', 'destination port'],
  transit_days: ['transit days', 'transit time', 'days in transit'],
  cutoff: ['cut off', 'cargo cutoff', 'closing date'],
  etd: ['etd', 'departure date', 'sailing date'],
  forwarder_company: ['forwarder', 'forwarding company', 'logistics provider'],
  origin_country: ['origin country', 'country of origin', 'from country'],
  eta: ['eta', 'estimated arrival', 'arrival date'],
  pieces: ['pieces', 'piece count', 'packages'],
  container_no: ['container number', 'container no', 'container id'],
  port: ['port', 'port city', 'harbour'],
  customer_informed: ['customer informed', 'customer notified', 'customer knows'],
  shipper_company: ['shipper', 'shipper company', 'sender company'],
  mode: ['mode', 'transport mode', 'shipping mode'],
  delivery_date: ['delivery date', 'deliver by', 'delivery'],
  delivery_no: ['delivery number', 'delivery note number', 'dn number'],
  boxes: ['boxes', 'box count', 'cartons'],
  delivered: ['delivered on', 'delivery date', 'arrival date'],
  damaged: ['damaged pallets', 'damaged', 'pallets damaged'],
  noted: ['noted on cmr', 'damage noted', 'driver noted'],
  claim_amount: ['claim amount', 'claim', 'amount claimed'],
  description: ['goods description', 'description', 'goods'],
  hs_code: ['hs code', 'tariff code', 'commodity code'],
  hs: ['hs code', 'hs', 'tariff code'],
  eori: ['eori', 'eori number'],
  duty: ['duty rate', 'duty', 'customs duty'],
  payable: ['amount payable', 'payable', 'amount to pay'],
  inspection: ['inspection', 'physical inspection', 'inspected'],
  broker_company: ['brokerage', 'broker company', 'customs agent'],
  exporter: ['exporter', 'shipper', 'seller'],
  exporter_city: ['exporter city', 'shipper city'],
  destination_country: ['destination country', 'to country', 'country of destination'],
  coo: ['certificate of origin', 'coo done', 'origin certificate'],
  dual_use: ['dual use', 'export licence needed', 'licence required'],
  charge: ['customs charge', 'fee charged', 'import charges'],
  refuse: ['refuse parcel', 'will refuse', 'rejects delivery'],
  sold: ['sold at fair', 'sales planned', 'goods sold'],
  ncr: ['ncr', 'ncr number', 'report number'],
  part: ['part number', 'part', 'pn'],
  lot: ['lot', 'lot number', 'batch'],
  supplier_company: ['supplier', 'supplier name', 'vendor name'],
  defect: ['defect', 'defect type', 'failure mode'],
  inspected: ['inspected', 'quantity inspected', 'sample size'],
  rejected: ['rejected', 'quantity rejected', 'rejects'],
  disposition: ['disposition', 'decision', 'action'],
  replace: ['replacement wanted', 'wants replacement', 'replace'],
  line: ['line', 'production line', 'line number'],
  defects: ['defects', 'defective units', 'defect count'],
  station: ['station', 'station number', 'workstation'],
  changed: ['tool changed', 'changed', 'tool replaced'],
  defect_rate: ['defect rate', 'failure rate', 'percent defective'],
  auditors: ['auditors', 'audit team', 'audited by'],
  major: ['major findings', 'majors', 'major nonconformities'],
  minor: ['minor findings', 'minors', 'minor nonconformities'],
  batch: ['batch', 'batch number', 'lot'],
  tensile: ['tensile strength', 'tensile', 'tensile mpa'],
  spec_min: ['spec minimum', 'minimum spec', 'lower limit'],
  release: ['release', 'ok to ship', 'released'],
  from_date: ['produced from', 'start of range', 'first production date'],
  to_date: ['produced until', 'end of range', 'last production date'],
  affected: ['affected units', 'affected', 'units on hold'],
  shipped: ['shipped to customers', 'already shipped', 'left warehouse'],
  machine: ['machine', 'machine id', 'equipment'],
  scrap: ['scrap parts', 'scrap', 'scrapped'],
  scrap_rate: ['scrap rate', 'scrap percent', 'reject rate'],
  // services and events
  work_order: ['work order', 'work order number', 'job number'],
  unit_type: ['unit', 'equipment type', 'unit type'],
  window_start: ['window start', 'arrival window from', 'earliest arrival'],
  window_end: ['window end', 'arrival window to', 'latest arrival'],
  arrived: ['arrived', 'arrival time', 'on site from'],
  departed: ['departed', 'left site', 'departure time'],
  parts: ['parts', 'parts used', 'spare parts'],
  fixed: ['fixed', 'resolved', 'is fixed'],
  warranty: ['warranty', 'under warranty', 'in warranty'],
  gate_code: ['gate code', 'access code', 'door code'],
  visits: ['visits per year', 'visits', 'visit count'],
  first_service: ['first service', 'first visit date', 'first maintenance'],
  response_hours: ['response hours', 'response time', 'sla hours'],
  parts_included: ['parts included', 'spare parts included'],
  quote_wanted: ['quote wanted', 'wants quote', 'replacement quote'],
  forklifts: ['forklifts', 'forklift count', 'trucks'],
  last_inspection: ['last inspection', 'previous inspection', 'last inspected'],
  weekday: ['preferred day', 'weekday', 'day'],
  fee: ['fee', 'charge', 'price'],
  layout: ['layout', 'room layout', 'seating'],
  catering: ['catering', 'food', 'catering option'],
  vc: ['video conferencing', 'video call setup', 'vc'],
  quiet: ['quiet zone', 'quiet desk', 'wants quiet'],
  host_company: ['host', 'organiser', 'host company'],
  names: ['names', 'attendees', 'people'],
  theme: ['theme', 'topic', 'technology'],
  early_bird: ['early bird deadline', 'early bird until', 'early bird'],
  preference: ['preference', 'preferred option', 'wants'],
  hall: ['hall', 'pickup location', 'badge desk'],
  ticket_type: ['ticket type', 'pass', 'ticket'],
  format: ['format', 'session format', 'session type'],
  audience: ['audience', 'expected attendees', 'audience size'],
  travel: ['travel covered', 'travel paid', 'covers travel'],
  track: ['track', 'stage', 'room'],
  confirm_by: ['confirm by', 'confirmation deadline', 'reply by'],
  panelists: ['panelists', 'other panelists', 'panel'],
  own_laptop: ['own laptop', 'brings laptop', 'has laptop'],
  recording: ['recording allowed', 'recording', 'may record'],
  shorten: ['shorten', 'shorter slot', 'cut talk'],
  // communication and people
  channel: ['channel', 'marketing channel', 'media'],
  leads: ['leads', 'lead target', 'lead count'],
  cpl: ['cost per lead', 'cpl', 'target cpl'],
  markets: ['markets', 'countries', 'target markets'],
  variants: ['variants', 'banner sizes', 'visuals'],
  videos: ['videos', 'video count', 'short videos'],
  draft_due: ['draft due', 'first drafts by', 'draft deadline'],
  tone: ['tone', 'tone of voice', 'style'],
  media_buying: ['media buying included', 'media buying', 'includes media'],
  send_date: ['send date', 'new send date', 'blast date'],
  recipients: ['recipients', 'list size', 'contacts'],
  segment: ['segment', 'target segment', 'audience'],
  spend: ['spend', 'spent', 'amount spent'],
  clicks: ['clicks', 'click count'],
  ctr: ['ctr', 'click through rate', 'click rate'],
  verdict: ['verdict', 'decision', 'next step'],
  month: ['month', 'which month', 'month name'],
  print: ['print', 'print materials', 'includes print'],
  week: ['week', 'week number', 'calendar week'],
  webinar_date: ['webinar date', 'webinar on', 'webinar'],
  giveaway: ['giveaway', 'has giveaway', 'friday giveaway'],
  from_channel: ['from channel', 'move from', 'source budget'],
  to_channel: ['to channel', 'move to', 'target channel'],
  quarter: ['quarter', 'fiscal quarter'],
  conversion: ['conversion rate', 'conversion', 'converts at'],
  launch: ['launch date', 'launch', 'go live'],
  influencer_budget: ['influencer budget', 'influencer spend'],
  paid_search: ['paid search', 'search ads on', 'paid search active'],
  target_audience: ['target audience', 'audience', 'target group'],
  outlet: ['outlet', 'publication', 'media outlet'],
  deadline_time: ['deadline time', 'filing time', 'deadline'],
  on_record: ['on record', 'on the record', 'attributable'],
  announce: ['announcement date', 'announce on', 'launch date'],
  embargo_time: ['embargo time', 'embargo until', 'embargo'],
  jobs: ['jobs', 'new jobs', 'job count'],
  investment: ['investment', 'investment amount', 'capex'],
  exclusive: ['exclusive', 'is exclusive', 'exclusivity'],
  listeners: ['listeners', 'audience size', 'listeners per episode'],
  medium: ['medium', 'media type', 'outlet type'],
  response: ['response', 'our response', 'action taken'],
  published: ['published', 'published on', 'article date'],
  ceo: ['ceo', 'chief executive', 'ceo name'],
  overtime: ['overtime hours', 'overtime', 'extra hours'],
  missing_pay: ['missing pay', 'amount owed', 'missing amount'],
  approved_on: ['approved on', 'approval date', 'signed off on'],
  corrections: ['corrections', 'changes', 'timesheet lines'],
  day: ['day', 'weekday', 'work day'],
  booked: ['booked hours', 'hours booked', 'logged'],
  short_by: ['short by', 'missing amount', 'underpaid by'],
  allowance: ['allowance', 'allowance type', 'missing allowance'],
  next_run: ['next run', 'next payroll', 'payroll date'],
  pay_date: ['pay date', 'paid on', 'payment date'],
  tax_adjust: ['tax adjusted', 'tax change', 'tax adjustment'],
  night_shifts: ['night shifts', 'nights worked', 'night shift count'],
  notified: ['notified', 'employee informed', 'employee notified'],
  flight_cost: ['flight cost', 'flights', 'airfare'],
  purpose: ['purpose', 'trip purpose', 'reason for travel'],
  advance: ['advance', 'cash advance', 'advance needed'],
  hotel_cap: ['hotel cap', 'hotel limit', 'max per night'],
  rental_car: ['rental car', 'car allowed', 'car rental'],
  hours_limit: ['hours limit', 'min flight hours', 'business class threshold'],
  resubmit_by: ['resubmit by', 'resubmission deadline'],
  per_diem: ['per diem', 'daily allowance', 'daily rate'],
  // IT and partners
  sender_email: ['sender email', 'from address', 'phishing sender'],
  received: ['received at', 'arrival time', 'received'],
  clicked: ['clicked', 'clicked link', 'link clicked'],
  changed_at: ['password changed at', 'changed at', 'reset time'],
  incident: ['incident', 'incident id', 'incident number'],
  type: ['type', 'incident type', 'category'],
  host: ['host', 'affected host', 'machine'],
  contained: ['contained', 'is contained', 'isolated'],
  encrypted: ['encrypted', 'disk encrypted', 'is encrypted'],
  records: ['records', 'records exposed', 'rows'],
  regulator: ['regulator notified', 'reported to regulator', 'regulator'],
  entrance: ['entrance', 'door', 'entry point'],
  cctv: ['cctv saved', 'footage saved', 'cctv'],
  ip: ['ip', 'ip address', 'source ip'],
  locked: ['locked', 'account locked', 'is locked'],
  mfa: ['mfa', 'mfa enabled', 'two factor'],
  badge: ['badge number', 'badge', 'badge id'],
  found_spare: ['has temporary badge', 'temporary badge', 'visitor badge'],
  tier: ['tier', 'level', 'plan'],
  expired: ['expired on', 'expiry date', 'expired'],
  spare: ['spare available', 'spare seat', 'seat available'],
  license_type: ['licence type', 'license type', 'license model'],
  alternative: ['alternative', 'use instead', 'approved alternative'],
  start_time: ['start time', 'window start', 'starts at'],
  downtime: ['downtime minutes', 'downtime', 'outage minutes'],
  customer_notice: ['customers notified', 'customer notice', 'status page updated'],
  servers: ['servers', 'server count', 'hosts'],
  rollback: ['rollback plan', 'rollback', 'has rollback'],
  region: ['region', 'data region', 'cloud region'],
  impact: ['impact', 'expected impact', 'effect'],
  rollback_tested: ['rollback tested', 'rollback ready'],
  racks: ['racks', 'rack count', 'number of racks'],
  feed: ['power feed', 'feed', 'circuit'],
  dual_feed: ['dual feed', 'redundant power', 'has dual feed'],
  actual_end: ['actual end', 'finished at', 'completed at'],
  result: ['result', 'outcome', 'status'],
  incidents: ['incidents', 'incident count', 'issues during window'],
  self_service: ['self service', 'update alone', 'do it yourself'],
  change: ['change id', 'change number', 'change request'],
  partner: ['partner', 'partner company', 'reseller'],
  partner_id: ['partner id', 'partner number', 'partner code'],
  nda_signed: ['nda signed', 'nda', 'has nda'],
  agreement: ['agreement signed', 'reseller agreement', 'contract signed'],
  certified: ['certified reps', 'certified', 'trained reps'],
  go_live: ['go live', 'go live date', 'launch date'],
  website: ['website', 'url', 'web'],
  regions: ['regions', 'territories', 'countries'],
  partner_type: ['partner type', 'type', 'model'],
  demo_seats: ['demo licences', 'demo seats', 'demo users'],
  mdf: ['mdf', 'marketing funds', 'mdf approved'],
  vat_id: ['vat id', 'vat number', 'tax id'],
  deal: ['deal id', 'registration number', 'deal registration'],
  end_customer: ['end customer', 'customer', 'end user'],
  target_revenue: ['revenue target', 'target revenue', 'year one target'],
  training: ['training date', 'first training', 'training'],
  margin: ['margin', 'partner margin', 'margin percent'],
  effective: ['effective from', 'effective date', 'starts on'],
};

/** a group whose templates know the key synonyms above (a template's own keys come first). */
const withKeys = (g: TemplateGroup): TemplateGroup => ({
  ...g,
  templates: g.templates.map((t): Template => ({ ...t, keys: { ...BKEYS, ...t.keys } })),
});

export const BUSINESS: TemplateGroup = withKeys({
  name: 'business',
  unstated: {
    purchasing: ['cost_center:id(CC-####)', 'discount:pct(2,15)', 'incoterm:enum(EXW,FOB,DAP,DDP)'],
    crm: ['deal_value:money(5000,90000,k)', 'source:enum(search,referral,event,social)', 'lead.phone'],
    contract_renewal: ['notice_days:int(30,90)', 'auto_renew:bool|yes|no', 'signatory.full'],
    procurement: ['cost_center:id(CC-####)', 'quotes:int(1,3)', 'request:id(PR-#####)'],
  },
  templates: [
    {
      id: 'poq.01',
      domain: 'purchasing',
      text: `Hello {supplier.first},

could you send us a quote for {qty:int(50,2000,d)} units of {product}, delivered to our {ship_to.city} warehouse[[ ({ship_to.street})]] by {due:date(abs)}? [[We'd want {incoterm:enum(EXW,DAP,DDP)|DAP=delivery to our door, duties on us;DAP terms|DDP=delivered duty paid;everything incl. import duties|EXW=ex works, we send our own truck}. ]][[{~competitor:company} offered {~competitor_price:money(2,80)} a unit, just so you know.]]

Thanks,
{buyer.full}
Purchasing, {company}`,
    },
    {
      id: 'poq.02',
      domain: 'purchasing',
      text: `Quote {quote_ref:id(QT-#####)}, valid until {valid_until:date(abs)}

Dear {buyer.full},
as requested:
{items:rows(1,2)|<qty:int(10,500,d)> x <item:product> at <price:money(5,400)> each}
[[Lead time {lead_days:int(5,45,d)} working days. ]]Payment {terms:int(14,60,d)} days net. [[Freight {free_freight:bool|is included|is charged separately}.]]

Best regards,
{supplier.full}, {vendor:company}`,
    },
    {
      id: 'poq.03',
      domain: 'purchasing',
      text: `#purchasing · {sent:msgdate}
{buyer.first} 09:12: PO {po:id(PO-######)} went out to {vendor:company} – {qty:int(20,900,d)} x {product}[[ @ {price:money(3,250)}]]
{~colleague.first} 11:40: when do they deliver?
{buyer.first} 14:05: they promised {due:date}, {partial:bool|partial deliveries are ok with us;they might split it in two drops|all in one go;no partial shipments}`,
    },
    {
      id: 'poq.04',
      domain: 'purchasing',
      text: `PURCHASE ORDER {po:id(PO-#####)}
[[Order date: {order_date:date(abs)}
]]Supplier: {vendor:company}, {supplier_city:city}
Deliver to: {ship_to.street}, {ship_to.postcode} {ship_to.city}
{items:rows(1,2)|<item:product>  qty <qty:int(1,200,d)>  <price:money(2,900)>}
[[Terms: net {terms:int(14,90,d)}
]]Requested by {buyer.full}`,
    },
    {
      id: 'poq.05',
      domain: 'purchasing',
      text: `Dear Mr {buyer.last},

about your order {po:id(PO-#####)}: sorry, the {product} will not be ready for the {~old_due:date(abs)} like agreed. The new delivery date is {due:date(abs)}. [[For compensate the delay we give you {discount:pct(3,15)} discount on this order. ]]Other positions ship on time.

Best regards
{supplier.full}
{vendor:company}, {country}`,
    },
    {
      id: 'poq.06',
      domain: 'purchasing',
      text: `Quotes for {product}, {qty:int(100,5000,d)} pcs:
- {~vendor_a:company}: {~price_a:money(2,60)}/pc, {~lead_a:int(20,60,d)} days
- {vendor:company}: {price:money(2,60)}/pc, {lead_days:int(3,19,d)} days
We go with {vendor:company}, mostly because of the lead time. {buyer.first}, can you raise the PO[[ before {deadline:date(abs)}]]?`,
    },
    {
      id: 'poq.07',
      domain: 'purchasing',
      text: `call w/ {supplier.full} ({vendor:company}) – they can do {qty:int(20,60,d)} pallets of {product} at {price:money(100,900)}/pallet[[, min order {moq:int(5,15,d)} pallets]], price holds till {valid_until:date(abs)}.[[ mobile {supplier.phone}.]] have to check w/ {~manager.first} before we confirm`,
    },
    {
      id: 'poq.08',
      domain: 'purchasing',
      text: `Order confirmation – your PO {po:id(PO-#####)}

{items:rows(1,2)|<item:product>: <qty:int(1,50,d)> pcs, line total <amount:money(40,2000)>}
Net total: {total:money(=items.amount)}
[[VAT: {vat:pct(7,21)}
]]Planned dispatch {ship_date:date(abs)} with {carrier:enum(DHL,UPS,FedEx,DPD)}.
Questions? Write to {supplier.email}`,
    },
    {
      id: 'crm.01',
      domain: 'crm',
      text: `Call notes – {lead.full}, {lead.title:job_title} at {company}
About {employees:int(20,2000,d)} people, on {~current_tool:software} today and not happy with it. [[Budget is around {budget:money(5000,80000,k)} for this year. ]]{decision_maker:bool|They sign off on it themselves.;Decision maker, no committee.|Needs sign-off from their CFO.;Not the one who decides, their CEO does.} Next step: demo on {next_step:date(abs)}.`,
    },
    {
      id: 'crm.02',
      domain: 'crm',
      text: `New lead from the website form
Name: {lead.full}
Work email: {lead.email}
Company: {company} ({employees:int(5,500,d)} employees)
[[Country: {country}
]]Interested in: {plan} plan
How did you hear about us? {source:enum(search,referral,event,social)|search=Google;found you online|referral=a colleague recommended you;friend at another company|event=saw your booth at a trade fair|social=LinkedIn ad;an Instagram post}`,
    },
    {
      id: 'crm.03',
      domain: 'crm',
      text: `#sales-wins {sent:msgdate}
{rep.first}: just off the phone with {lead.first} from {company} 🔥 they want {seats:int(10,300,d)} seats of {plan}[[ and asked for {discount:pct(5,25)} off if they sign by {close:date}]]. {legal_review:bool|their legal wants to read the contract first|no legal review needed on their side}. can someone check with finance?`,
    },
    {
      id: 'crm.04',
      domain: 'crm',
      text: `Hi team,

quick update on {company}: we lost it. They picked {competitor:company}, mainly on {loss_reason:enum(price,features,timing)|price=price, we were the most expensive of three|features=features, they need SSO and audit logs now|timing=timing, they couldn't wait for our rollout}. The deal was worth {deal_value:money(10000,150000,k)} a year. Marking it closed-lost in the CRM today.

{rep.full}`,
    },
    {
      id: 'crm.05',
      domain: 'crm',
      text: `booth lead #{~badge:int(100,999,d)}
- {lead.full}, {lead.title:job_title}
- {company}, {city}
[[- {lead.phone}
]]- wants: {interest:list(feature,1,3)}
- hot? {hot:bool|yes!!;very, asked for pricing twice|meh, just collecting swag;not really}
[[- follow up by {follow_up:date(abs)}]]`,
    },
    {
      id: 'crm.06',
      domain: 'crm',
      text: `Sent: {sent:msgdate}

Hi {lead.first},

great speaking with you[[ {met:date(past)}]]. Pricing for {company} as promised: {seats:int(5,200,d)} users on {plan} at {price:money(8,60)} per user and month[[, billed {billing:enum(monthly,annually)|monthly=monthly|annually=once a year;annually, upfront}]].[[ Offer stands until {valid_until:date}.]]

Best,
{rep.full}[[
{rep.phone}]]`,
    },
    {
      id: 'crm.07',
      domain: 'crm',
      text: `[Teams] {~from.first}: {rep.first} can you take over {company}? contact is {lead.full} ({lead.email}), {stage:enum(qualified,proposal,negotiation)|qualified=qualified but no proposal yet|proposal=proposal is out, waiting for feedback|negotiation=we're haggling over the price now}. pipeline value {deal_value:money(8000,120000,k)}[[, expected close {close:date(abs)}]]. I'm off from {~leave:date(abs)}`,
    },
    {
      id: 'crm.08',
      domain: 'crm',
      text: `Subject: Re: Demo request

Hi {rep.first},

thanks for reaching out, but we're not looking right now – we signed a [[{contract_years:int(2,3)}-year ]]deal with {competitor:company} back in {~month:month}. Please take {lead.email} off your list, {unsubscribe:bool|no more emails please.;we don't want any follow-ups.|though the newsletter is fine.;you can keep sending the newsletter.}

{lead.full}
{company}`,
    },
    {
      id: 'ctr.01',
      domain: 'contract_renewal',
      text: `Dear {customer.full},

your {plan} subscription with {vendor:company}[[ (contract {contract:id(C-######)})]] renews on {renewal:date(abs)} for another {term:int(12,36,d)} months. [[The annual fee changes from {~old_fee:money(1000,20000,r)} to {annual_fee:money(1000,25000,r)}. ]]{auto_renew:bool|No action is needed, it renews automatically.;It will renew on its own.|Please sign the attached order form to renew.;Without your signature it ends on that date.}

Kind regards,
{account_manager.full}`,
    },
    {
      id: 'ctr.02',
      domain: 'contract_renewal',
      text: `{~manager.first} – the {vendor:company} contract ends {end:date(abs)} and the notice period is {notice_days:int(30,90,d)} days, so we need a decision before {decide_by:date(+end,-90,-30)}. We only use {usage:pct(10,60)} of the seats now. My vote: {renew:bool|renew, but push for a discount;renew for one more year|let it lapse;cancel it and move to their cheaper plan}. – {owner.first}`,
    },
    {
      id: 'ctr.03',
      domain: 'contract_renewal',
      text: `Subject: Notice of non-renewal – agreement {contract:id(AG-####)}

{company} hereby gives notice that we will not renew the {service} agreement ending {end:date(abs)}. Please confirm receipt and send the final invoice to {billing_email:email}.[[ {data_export:bool|We also request a full export of our data before termination.|No data export is needed.}]]

Sincerely,
{signatory.full}, {signatory.title:job_title}`,
    },
    {
      id: 'ctr.04',
      domain: 'contract_renewal',
      text: `Renewals coming up ({owner.first}'s accounts):
• {customer_company:company} – {renewal:date(abs)} – {annual_fee:money(2000,60000,r)} – {risk:enum(low,medium,high)|low=happy, uses it daily|medium=a few complaints about support|high=they're talking to competitors}
• {~other_customer:company} – {~other_date:date(abs)} – already signed
Send me updates before the forecast call.`,
    },
    {
      id: 'ctr.05',
      domain: 'contract_renewal',
      text: `Hi {account_manager.first},

we'd like to renew, but a {increase:pct(8,20)} increase won't get through our finance team. We could commit to {term:int(24,36,d)} months instead of one year if you keep the price at {annual_fee:money(3000,40000,r)}. [[Our budget freeze starts {~freeze:date(abs)}, so ideally we close this by {deadline:date(abs)}.]]

Thanks,
{customer.full}
{company}`,
    },
    {
      id: 'ctr.06',
      domain: 'contract_renewal',
      text: `[call recording, transcribed] ...yes so it's about the copier lease, contract {contract:id(L-#####)}, it runs out {end:date(abs)} and uh we want to extend it by {extension:int(6,24,d)} months, same {machines:int(2,12)} machines, but without the service package, that's {~service_fee:money(50,400)} a month we could save. this is {customer.full} at {company}[[, my number is {customer.phone}]]`,
    },
    {
      id: 'ctr.07',
      domain: 'contract_renewal',
      text: `Contract renewal – approval needed
Vendor: {vendor:company}
Service: {service}
Term: {start:date(abs)} to {end:date(+start,360,1100)}
Value: {annual_fee:money(5000,90000,r)} per year, {uplift:pct(0,12)} more than last year
[[Auto-renews: {auto_renew:bool|yes|no}
]][[Owner: {owner.full}
]]Approver: {approver.full}`,
    },
    {
      id: 'prc.01',
      domain: 'procurement',
      text: `Hi {approver.first},

could you approve a purchase: {qty:int(2,30)} x {product} from {vendor:company}, {total:money(500,25000)} in total, charged to cost centre {cost_center:id(CC-####)}. [[We got {quotes:int(2,4)} quotes and this is the cheapest one. ]]We'd need it by {due:date(abs)}.

Thanks,
{requester.full}`,
    },
    {
      id: 'prc.02',
      domain: 'procurement',
      keys: { decision: ['decision', 'outcome', 'approval status'] },
      text: `Re: Purchase request {request:id(PR-#####)} – {item:product}, {amount:money(200,9000)}

{decision:enum(approved,rejected,on_hold)|approved=Approved, go ahead.;Fine by me, approved.|rejected=Sorry, I can't approve this, it's not in this year's budget.|on_hold=Let's park this until the budget review.} [[Please order through {vendor:company} rather than {~other_vendor:company}, we have a framework agreement with them.]]

{approver.full}
Head of {department}`,
    },
    {
      id: 'prc.03',
      domain: 'procurement',
      text: `[Procurement portal] Requisition {request:id(REQ-######)} is waiting for your approval
Requester: {requester.full} ({department})
Supplier: {vendor:company}
Category: {category:enum(hardware,software,services,furniture)}
Amount: {amount:money(100,50000)}
[[Left in budget after this: {remaining:money(0,100000)}
]]Approve or reject by {deadline:date(abs)}.`,
    },
    {
      id: 'prc.04',
      domain: 'procurement',
      text: `#finance-approvals · {sent:msgdate}
{requester.first}: could someone approve {amount:money(300,4000)} for {qty:int(3,20,d)} x {product}?[[ {new_hires:int(2,6)} new people start {start:date} and we're short]]
{approver.first}: {approved:bool|approved ✅;go for it|not this month, sorry;rejected – there are spares in the storage room}`,
    },
    {
      id: 'prc.05',
      domain: 'procurement',
      text: `Hello {approver.first},
please I ask your approval for buy {qty:int(2,10)} {product} for the lab in {city}. The price is {unit_price:money(50,1500)} for piece, so total {total:money(=qty*unit_price)}. [[The old ones are broken since {~broken:date(past,abs)}. ]]Supplier is {vendor:company}[[, they can deliver in {lead_days:int(3,14)} days]].
Thank you and best regards
{requester.full}`,
    },
    {
      id: 'prc.06',
      domain: 'procurement',
      text: `Hi {requester.first},

your request {request:id(PR-#####)} for {amount:money(10000,60000)} is above the {threshold:money(5000,9000,k)} single-approver limit, so it also needs sign-off from {second_approver.full}. [[Above that amount we also want {quotes:int(2,3)} quotes, and only one is attached. ]]{resubmit:bool|Please resubmit when everything is there.|No need to resubmit, I'll forward them myself.}

{approver.full}, Procurement`,
    },
    {
      id: 'prc.07',
      domain: 'procurement',
      text: `Spend committee – {date:date(abs)}
[[Present: {attendees:list(first,3,5)}
]]1. Forklift for the {site:city} depot, {forklift:money(15000,45000,r)} – approved
2. Office chairs, {~chairs:money(2000,8000,r)} – pushed to next month
3. {software} licences, {licences:money(3000,20000,r)} – {licences_ok:bool|approved|rejected}
[[Next meeting {next_meeting:date(+date,14,35)}.]]`,
    },
  ],
});

export const BUSINESS_LOGISTICS: TemplateGroup = withKeys({
  name: 'business-logistics',
  unstated: {
    warehouse: ['bin:id(@-##-##)', 'recount:bool|yes|no', 'transfer:id(TO-######)'],
    freight: ['booking:id(BK-######)', 'hazardous:bool|yes|no', 'tail_lift:bool|yes|no'],
    customs: ['eori:id(DE###############)', 'hs_code:id(####.##)', 'broker.email'],
    quality: ['ncr:id(NCR-####)', 'containment:bool|yes|no', 'root_cause:enum(tooling,material,operator)'],
  },
  templates: [
    {
      id: 'stk.01',
      domain: 'warehouse',
      text: `Cycle count {date:date(abs)} – {warehouse:city} DC
Bin {bin:id(@-##-##)}: {sku:id(SKU-#####)} {item:product}
System says {expected:int(20,400,d)}, we counted {counted:int(20,400,d)}.
Counted by {counter.full}[[, recount {recount:bool|done, same result|not done yet;still to do}]].`,
    },
    {
      id: 'stk.02',
      domain: 'warehouse',
      text: `Hi {~team.first},

please move {pallets:int(2,20,d)} pallets of {product}[[ ({sku:id(SKU-#####)})]] from {from_site:city} to {to_site:city} by {due:date(abs)}. {to_site:city} is nearly out and the promo starts that week. [[Book {carrier:company} for it, they're cheaper on that lane.]]

Cheers,
{planner.full}
Inventory planning`,
    },
    {
      id: 'stk.03',
      domain: 'warehouse',
      text: `TRANSFER ORDER {transfer:id(TO-######)}
From: {from_site:city} (WH{~wh_from:int(1,9,d)})
To: {to_site:city}
[[Ship date: {ship_date:date(abs)}
]]Lines:
{items:rows(1,3)|<sku:id(SKU-####)> <item:product> x<qty:int(1,120,d)>}
Status: {status:enum(@status)}`,
    },
    {
      id: 'stk.04',
      domain: 'warehouse',
      text: `[{sent:msgdate}] {worker.first}: hey, {item:product}[[ in aisle {aisle:int(1,40,d)}]] – only {counted:int(0,30)} on the shelf but the system shows {expected:int(31,90,d)}. maybe the {~damaged:int(3,9)} damaged boxes were never written off?
{supervisor.first} (in thread): ok, please do a recount {recount_date:date} before inventory closes`,
    },
    {
      id: 'stk.05',
      domain: 'warehouse',
      text: `Subject: Stocktake results – {warehouse:city}

Hi all,
the stocktake finished on {date:date(abs)}. We counted {locations:int(200,3000,d)} locations and accuracy came out at {accuracy:pct(90,99)}. Net shrinkage was {shrinkage:money(500,20000)}[[, most of it in {category:enum(electronics,apparel,food,spare_parts)}]].[[ The external auditors {audited:bool|were there for the whole count|did not attend this year}.]]

{manager.full}, Site manager`,
    },
    {
      id: 'stk.06',
      domain: 'warehouse',
      text: `Hello {planner.first},
today we receive the transfer {transfer:id(TR-#####)} from {from_site:city}, but some cartons of {product} are missing. On the paper is written {~paper_qty:int(20,80,d)} cartons, we count {missing:int(1,15)} less. The driver was {driver.full}[[, truck {plate}]]. I put the photos in the shared folder.
Regards, {receiver.full}`,
    },
    {
      id: 'stk.07',
      domain: 'warehouse',
      text: `LOW STOCK ALERT
Item: {item:product} / {sku:id(SKU-######)}
Location: {warehouse:city}, bin {bin:id(@##-#)}
On hand: {on_hand:int(0,25,d)} (reorder point {reorder_point:int(30,100,d)})
Open PO: {open_po:bool|yes|none}
Suggested order: {qty:int(50,500,d)} units`,
    },
    {
      id: 'stk.08',
      domain: 'warehouse',
      text: `[voice note] ok it's {counter.first}, I'm in {warehouse:city}, did the count in zone {zone:enum(A,B,C,D)} today, {date:date(abs)}, everything matched except the {product}, we've got {counted:int(5,60)} not {expected:int(61,99,d)} um and the scanner {scanner_ok:bool|worked fine this time|kept freezing again} so it took ages`,
    },
    {
      id: 'frt.01',
      domain: 'freight',
      text: `Hi {forwarder.first},

can you book a truck for {pallets:int(1,33,d)} pallets, {weight:int(200,24000,d)} kg, from our site in {from_city:city} to {consignee:company} in {to_city:city}? Pickup {pickup:date(abs)}[[ from {pickup_time:time(7,12)}]]. {tail_lift:bool|They have no dock, so we need a tail lift.;Tail lift needed.|They have a loading dock.;No tail lift needed.}[[ The goods are {hazardous:bool|dangerous goods (paint, UN1263)|not hazardous}.]]

Thanks,
{shipper.full}`,
    },
    {
      id: 'frt.02',
      domain: 'freight',
      text: `Dear {shipper.full},

for 1 x {container:enum(20ft,40ft,40hc)|20ft=20' dry container;20ft box|40ft=40' standard container;40ft box|40hc=40' high cube;40HC} {pol:city} to {pod:city} we can offer {rate:money(800,6000)} all-in, transit about {transit_days:int(18,45,d)} days. [[Cargo cut-off {cutoff:date(abs)}, vessel sails {etd:date(+cutoff,2,5)}.]] {insurance:bool|Cargo insurance is included.|Insurance is not included.}

Regards,
{forwarder.full}, {forwarder_company:company}`,
    },
    {
      id: 'frt.03',
      domain: 'freight',
      text: `Shipment update – {shipment:id(SHP-########)}
Status: {status:enum(@status)}
[[Carrier: {carrier:company}
]]Origin: {from_city:city}, {origin_country:country}
Destination: {to_city:city}
ETA: {eta:date(abs)}
[[Pieces: {pieces:int(1,40,d)} / {weight:num(10,2000,1)} kg]]`,
    },
    {
      id: 'frt.04',
      domain: 'freight',
      text: `#logistics {sent:msgdate}
{planner.first}: container {container_no:id(@@@U#######)} is stuck in {port:city} on a customs hold. new ETA {eta:date} instead of {~old_eta:date(past)}. {customer_informed:bool|customer already knows;I told the customer this morning|customer hasn't been told yet;can someone let the customer know?}`,
    },
    {
      id: 'frt.05',
      domain: 'freight',
      text: `BOOKING CONFIRMATION
Ref: {booking:id(BK-######)}
Shipper: {shipper_company:company}
[[Mode: {mode:enum(road,sea,air,rail)}
]]Collection: {pickup:date(abs)}, {collect_from.street}, {collect_from.city}
Delivery: {deliver_to.city} by {delivery_date:date(+pickup,1,10)}
[[Goods: {pallets:int(1,26,d)} pallets, {weight:int(100,20000,d)} kg
]]Price: {price:money(150,5000)} excl. VAT`,
    },
    {
      id: 'frt.06',
      domain: 'freight',
      text: `Hello,
we need urgently send {boxes:int(1,12)} boxes of spare parts by air from {origin:iata} to {destination:iata}[[, together {weight:int(20,600,d)} kg]]. Must arrive latest {due:date(abs)} because the line at our customer is stopped. Please send me price and flight. Is possible pickup the same day?
Thanks
{shipper.full}
{shipper.phone}`,
    },
    {
      id: 'frt.07',
      domain: 'freight',
      text: `Hi {carrier_contact.first},

delivery {shipment:id(DN-#######)} reached {to_city:city} on {delivered:date(abs)} with {damaged:int(1,6)} of {pallets:int(7,30,d)} pallets damaged (crushed corners, wet cartons). The driver {noted:bool|noted it on the CMR|refused to write it on the CMR}. [[We are claiming {claim_amount:money(200,8000)}, photos attached.]]

Regards,
{customer.full}`,
    },
    {
      id: 'cst.01',
      domain: 'customs',
      text: `Hi {broker.first},

please prepare the import declaration for our shipment from {origin_country:country}: {description:product}, HS {hs_code:id(####.##.##)}, invoice value {value:money(1000,90000)}[[, {incoterm:enum(EXW,FOB,CIF,DAP)}]].[[ Our EORI is {eori:id(DE###############)}.]] [[The goods land in {port:city} on {arrival:date(abs)}.]]

Thanks,
{importer.full}`,
    },
    {
      id: 'cst.02',
      domain: 'customs',
      text: `Dear {importer.full},

entry filed for air waybill {shipment:id(###-########)}. Duty for HS {hs_code:id(####.##)} is {duty:pct(0,12)}, import VAT {vat:pct(5,25)}. Total payable {payable:money(50,12000)}[[, due {due:date(abs)}]].[[ {inspection:bool|Customs picked the goods for a physical inspection, expect two or three days of delay.|No inspection, the goods are released.}]]

Kind regards,
{broker.full}, {broker_company:company}`,
    },
    {
      id: 'cst.03',
      domain: 'customs',
      text: `COMMERCIAL INVOICE {invoice:id(CI-#####)}
Exporter: {exporter:company}, {exporter_city:city}, {origin_country:country}
Consignee: {consignee:company}, {destination_country:country}
{items:rows(1,2)|<item:product> – HS <hs:id(####.##)> – <qty:int(1,500,d)> pcs – <amount:money(50,9000)>}
[[Incoterms: {incoterm:enum(EXW,FCA,FOB,CIF,DAP,DDP)}
]][[Reason for export: {reason:enum(sale,repair,sample,return)}]]`,
      keys: { reason: ['reason for export', 'export reason', 'reason'] },
    },
    {
      id: 'cst.04',
      domain: 'customs',
      text: `[{sent:msgdate}] {broker.first}: your parcel to {destination_country:country} is on hold – declared value {value:money(100,5000)}, but the invoice inside the box says {~box_value:money(5001,20000)}. they need a corrected invoice by {due:date} or it goes back
{exporter_contact.first} (in thread): on it, will send it today`,
    },
    {
      id: 'cst.05',
      domain: 'customs',
      text: `Export docs – order {order:id(SO-######)} to {destination_country:country}
- commercial invoice: done
- packing list: done
- certificate of origin: {coo:bool|done;attached|still missing;not yet}
- dual-use check: {dual_use:bool|licence required|not dual-use, no licence}
Ships {ship_date:date(abs)} with {forwarder_company:company}.`,
    },
    {
      id: 'cst.06',
      domain: 'customs',
      text: `Hello,
I order from your shop a {product} for {price:money(80,900)} and now the post ask me {charge:money(15,200)} for customs and VAT before they deliver. On your website was written "duties included". I want that you pay this, {refuse:bool|otherwise I refuse the parcel|but I will accept the parcel anyway}.[[ Order number {order:id(#######)}.]]
{customer.full}, {city}, {country}`,
    },
    {
      id: 'cst.07',
      domain: 'customs',
      text: `Hi {broker.first},

we're taking demo equipment to a trade fair in {city}, {destination_country:country}, from {start:date(abs)} to {end:date(+start,2,6)}. [[Total value is about {value:money(5000,80000,r)}. ]]Can you issue an ATA carnet for it? Everything comes back with us, {sold:bool|apart from a few units we might sell at the stand|nothing will be sold there}.

Best,
{exporter_contact.full}, {company}`,
    },
    {
      id: 'qa.01',
      domain: 'quality',
      text: `Non-conformance report {ncr:id(NCR-####)}
Part: {part:id(PN-#####)} ({item:product})
[[Lot: {lot:id(LOT-######)}
]]Supplier: {supplier_company:company}
Defect: {defect:enum(scratch,crack,dimension,contamination)|scratch=surface scratches;scratched housing|crack=hairline cracks|dimension=bore diameter out of tolerance;out of spec dimensions|contamination=oil residue on parts}
Inspected {inspected:int(50,2000,d)}, rejected {rejected:int(1,49,d)}
[[Disposition: {disposition:enum(rework,scrap,return)}
]]Inspector: {inspector.full}`,
    },
    {
      id: 'qa.02',
      domain: 'quality',
      text: `Dear {supplier.first},

at incoming inspection on {date:date(abs)} we found {defect:enum(scratch,crack,dimension)|scratch=deep scratches|crack=cracked housings|dimension=holes out of tolerance} on {rejected:int(3,80)} of {inspected:int(100,1000,d)} pieces[[ from your delivery {delivery_no:id(DN-######)}]]. The lot is on hold. Please send [[an 8D report by {due:date(+date,3,14)} and ]] {replace:bool|replacement parts as soon as you can|a credit note, we don't want replacements}.

Regards
{inspector.full}
Quality, {company}`,
    },
    {
      id: 'qa.03',
      domain: 'quality',
      text: `shift B, line {line:int(1,8,d)}, {date:date(abs)}
- {defects:int(3,40)} units with {defect:enum(scratch,crack,dimension)|scratch=scratches|crack=cracks|dimension=wrong dimensions;undersize bores} between {from:time(14,17)} and {until:time(18,21)}
- cause: worn tool on station {station:int(1,12,d)}
- tool changed? {changed:bool|yes|no, no spare on site}
- {~ok_units:int(300,900,d)} good units otherwise
{operator.first}`,
    },
    {
      id: 'qa.04',
      domain: 'quality',
      text: `Hi,

we received {qty:int(50,500,d)} {product}[[ (order {order:id(SO-#####)})]] and roughly {defect_rate:pct(5,40)} of them {defect:enum(broken,leaking,wrong_color)|broken=arrived broken;have cracked casings|leaking=are leaking|wrong_color=are the wrong colour}. This stops our production. We expect {resolution:enum(replacement,credit)|replacement=a full replacement shipment|credit=a credit note} and an explanation[[ by {due:date(abs)}]].

{customer.full}, {company}`,
    },
    {
      id: 'qa.05',
      domain: 'quality',
      text: `Supplier audit – {supplier_company:company}, {city}
Date: {date:date(abs)}
Auditors: {auditors:list(full,1,3)}
Score: {score:int(55,98,d)}/100
[[Major findings: {major:int(0,4,d)}, minor: {minor:int(0,9,d)}
]]Approved supplier: {approved:bool|yes|not yet, re-audit in six months}`,
      keys: {
        score: ['audit score', 'score', 'rating'],
        approved: ['approved supplier', 'approved', 'is approved'],
      },
    },
    {
      id: 'qa.06',
      domain: 'quality',
      text: `@{~qa_lead:first} lab results for batch {batch:id(B-#####)} are in: tensile {tensile:int(330,520,d)} MPa (spec min {spec_min:int(280,320,d)}), hardness fine. {release:bool|ok to release;releasing it now|holding it, moisture is out of spec;do NOT ship it yet}. full report: {url}`,
    },
    {
      id: 'qa.07',
      domain: 'quality',
      text: `URGENT – containment action
All stock of {item:product}, part {part:id(PN-#####)}, made between {from_date:date(abs)} and {to_date:date(+from_date,1,10)} must go into quarantine. [[About {affected:int(100,5000,d)} units in {warehouse:city}. ]]{shipped:bool|Some units have already gone to customers, sales will call them.|Nothing has left the warehouse yet.}
Contact: {quality_lead.full}[[, {quality_lead.phone}]]`,
    },
    {
      id: 'qa.08',
      domain: 'quality',
      text: `Hallo {~colleague.first},
short info from the night shift: machine {machine:id(M-##)} made {scrap:int(20,300)} scrap parts because of {defect:enum(flash,short_shot,burn_marks)|flash=flash on the edges|short_shot=short shots|burn_marks=burn marks}. Maintenance came at {time:time(0,5)} and changed the nozzle, after this all parts ok. Scrap rate for the shift {scrap_rate:pct(1,15)}.
{operator.full}`,
    },
  ],
});

export const BUSINESS_SERVICES: TemplateGroup = withKeys({
  name: 'business-services',
  unstated: {
    field_service: ['work_order:id(WO-######)', 'warranty:bool|yes|no', 'technician.phone'],
    facilities: ['catering:bool|yes|no', 'booking:id(RB-######)', 'floor:int(1,12)'],
    conference: [
      'ticket_type:enum(standard,vip,student,early_bird)',
      'dinner:bool|yes|no',
      'size:enum(@size)',
    ],
    speakers: ['fee:money(300,5000,r)', 'travel:bool|yes|no', 'recording:bool|yes|no'],
  },
  templates: [
    {
      id: 'fsv.01',
      domain: 'field_service',
      text: `WORK ORDER {work_order:id(WO-######)}
Customer: {customer_company:company}
Site: {site.street}, {site.city}
[[Unit: {unit_type:enum(hvac,elevator,generator,compressor)|hvac=rooftop HVAC unit|elevator=passenger lift|generator=backup generator|compressor=air compressor}
]]Scheduled: {date:date(abs)}, {window_start:time(7,10)}–{window_end:time(12,17)}
[[Technician: {technician.full}
]]On-site contact: {contact.full}[[, {contact.phone}]]`,
    },
    {
      id: 'fsv.02',
      domain: 'field_service',
      text: `Visit report – {date:date(past,abs)}
{technician.first} was at {customer_company:company} from {arrived:time(7,11)} to {departed:time(12,18)}.
Parts used:
{parts:rows(1,2)|<part:id(P-#####)> x<qty:int(1,4,d)>}
Fixed: {fixed:bool|yes, unit runs normally again|no, we're waiting for a part}
[[Follow-up visit {follow_up:date(abs)}.
]][[Signed on site by {signed_by.full}]]`,
    },
    {
      id: 'fsv.03',
      domain: 'field_service',
      text: `[call notes {sent:msgdate}] {customer.full} rang – their {unit_type:enum(hvac,generator,compressor)|hvac=air conditioning|generator=standby generator|compressor=compressor} at {site.street}, {site.city} {problem:enum(noise,leak,no_start)|noise=makes a loud grinding noise;rattles badly|leak=is leaking water|no_start=won't start at all;is dead}.[[ {warranty:bool|Still under warranty.|Out of warranty, so billable.}]] Booked {technician.first} for {date:date} between {window_start:time(8,10)} and {window_end:time(12,14)}[[, callout fee {fee:money(60,180)}]].`,
    },
    {
      id: 'fsv.04',
      domain: 'field_service',
      text: `[Teams] Dispatch {sent:msgdate}: {technician.first}, change of plan – skip {~skipped:company} for now and go to {customer_company:company} in {site.city} first, priority {priority:enum(@priority)}. [[Gate code is {gate_code:id(####)}, ]]ask for {contact.first} at reception. Bring the long ladder, the unit sits on the roof.`,
    },
    {
      id: 'fsv.05',
      domain: 'field_service',
      text: `Hello,
your engineer {technician.first} came on {date:date(abs)} for our {unit_type:enum(hvac,elevator,generator)|hvac=air conditioning|elevator=lift|generator=generator}. The arrival was {on_time:bool|on time and everyone was very polite|almost two hours late}, and the problem is {fixed:bool|solved, thank you|still there, the noise came back the next day}. [[Invoice {invoice:id(INV-#####)} shows {hours:num(1,6,1)} hours of labour, I think it was less.]]
{customer.full}`,
    },
    {
      id: 'fsv.06',
      domain: 'field_service',
      text: `Maintenance agreement {contract:id(SC-#####)}
Customer: {customer_company:company}, {site.city}
Visits per year: {visits:int(2,12,d)}
First service: {first_service:date(abs)}
[[Response time: {response_hours:int(4,48,d)} h
]]Spare parts: {parts_included:bool|included|billed separately}
Annual price: {annual_fee:money(800,9000,r)}`,
    },
    {
      id: 'fsv.07',
      domain: 'field_service',
      text: `[voice memo] ok job {work_order:id(WO-#####)} done, that's {customer_company:company}, uh replaced the drive belt and the filter, took {hours:num(1,5,1)} hours[[, {km:int(5,140,d)} km driving]], and the customer {quote_wanted:bool|wants a quote for a new unit|doesn't want to replace it yet} so someone call {contact.full} on {contact.phone}`,
    },
    {
      id: 'fsv.08',
      domain: 'field_service',
      text: `Good morning,
we need the yearly safety inspection for our {forklifts:int(2,9)} forklifts at the plant in {site.city}. [[The last inspection was on {last_inspection:date(past,abs)}, so it expire soon. ]]For us is possible only {weekday}, from {window_start:time(6,9)}, the other days all trucks are in use. Please send the technician name before, for the gate.
Regards, {contact.full}
{customer_company:company}`,
    },
    {
      id: 'fac.01',
      domain: 'facilities',
      text: `Hi facilities,

could you book {room:meeting_room} on {date:date(abs)} from {time:time(8,13)} to {end_time:time(14,18)}? We'll be {guests:int(6,30)} people[[, {client:company} are visiting]]. [[Set it up {layout:enum(boardroom,u_shape,theatre)|boardroom=boardroom style|u_shape=as a U;U-shape|theatre=theatre style, rows of chairs}, and ]] {catering:bool|lunch for everyone would be great|no catering needed, we're going out}.

Thanks,
{organizer.full}`,
    },
    {
      id: 'fac.02',
      domain: 'facilities',
      text: `Your booking is confirmed ✔
Booking no.: {booking:id(RB-######)}
Space: {room:meeting_room}[[, floor {floor:int(1,12,d)}]]
Date: {date:date(abs)}
Time: {time:time(7,13)} – {end_time:time(13,19)}
Booked by: {organizer.full} ({organizer.email})
[[Video conferencing: {vc:bool|yes|no}]]`,
    },
    {
      id: 'fac.03',
      domain: 'facilities',
      text: `#office-{city} {sent:msgdate}
{requester.first}: is anyone using {room:meeting_room} {date:date} after {time:time(12,16)}? need it for the {topic} session[[ with {guests:int(3,10)} people]]. if it's free I'll book it until {end_time:time(17,19)}
{~colleague.first}: all yours, we moved to {~other_room:meeting_room}`,
    },
    {
      id: 'fac.04',
      domain: 'facilities',
      text: `Hello,
I visit the {city} office from {start:date(abs)} until {end:date(+start,1,4)}. Please can you reserve me a desk {quiet:bool|in the quiet zone|near my team, the noise is no problem} and a parking place for my car[[, plate {plate}]].[[ I arrive around {time:time(8,11)} the first day.]]
Thank you,
{visitor.full} ({department})`,
    },
    {
      id: 'fac.05',
      domain: 'facilities',
      text: `Dear {venue_contact.first},

we'd like to reserve your terrace room for {event_name} on {date:date(abs)}: {guests:int(20,120,d)} guests from {time:time(17,19)}[[ until about {end_time:time(21,23)}]]. We'd need {catering:enum(buffet,seated,canapes)|buffet=a buffet|seated=a seated three-course dinner|canapes=drinks and canapés only}[[, and our budget is {budget:money(1500,12000,r)}]]. Could you send a quote?

Best,
{organizer.full}, {company}`,
    },
    {
      id: 'fac.06',
      domain: 'facilities',
      text: `Re: Booking {booking:id(RB-#####)}

Please cancel {room:meeting_room} on {date:date(abs)}, {time:time(9,13)}–{end_time:time(14,17)} – the workshop moved online. {rebook:bool|We still need a room for it later, though.|No need to rebook.} [[?rebook {new_date:date(abs)}, same time, would be ideal.]]

Thanks,
{organizer.first}`,
    },
    {
      id: 'fac.07',
      domain: 'facilities',
      text: `Hi, we're in {room:meeting_room} right now and {issue:enum(projector,heating,wifi)|projector=the projector won't turn on|heating=it's freezing, the heating seems off|wifi=the wifi keeps dropping}. We have it booked until {end_time:time(11,17)} with a customer here. Can someone come up? I'm on {reporter.phone}. {~other_room:meeting_room} is free if moving us is quicker.
– {reporter.full}`,
    },
    {
      id: 'cnf.01',
      domain: 'conference',
      text: `You're in, {attendee.first}! 🎟
Event: {host_company:company} Partner Summit, {city}
Dates: {start:date(abs)} – {end:date(+start,1,2)}
Ticket: {ticket_type:enum(standard,vip,student,early_bird)}
Order: {order:id(REG-######)}, paid {price:money(99,1500)}
[[Workshops: {sessions:list(session,1,3)}
]][[Meal preference: {diet:enum(@diet)}]]`,
    },
    {
      id: 'cnf.02',
      domain: 'conference',
      text: `Hi,

I'd like to register our team for the conference on {date:date(abs)}: {names:list(full,2,4)}. We all need {ticket_type:enum(standard,vip,early_bird)|standard=standard|vip=VIP|early_bird=early-bird} tickets, invoice to {company}[[, PO {po:id(PO-######)}]].[[ One of us is {diet:enum(@diet)|vegan=vegan|gluten_free=coeliac|vegetarian=vegetarian}.]]

Thanks,
{booker.full}`,
    },
    {
      id: 'cnf.03',
      domain: 'conference',
      text: `DM · {sent:msgdate}
{employee.first}: hey {manager.first}, ok if I go to the {theme:skill} conference in {city} {date:date}? ticket is {price:money(200,1200)}[[, early bird ends {early_bird:date}]]. I'd skip the workshop day, saves {~saving:money(100,300)}
{manager.first}: {approved:bool|sure, book it|let's talk about it at the 1:1, budget is tight}`,
    },
    {
      id: 'cnf.04',
      domain: 'conference',
      text: `Subject: Registration {order:id(REG-#####)} – name change

Hello,
{original.full} can no longer attend, please transfer the ticket to {attendee.full}[[ ({attendee.email})]], same company, {company}. [[Could you also change the meal to {diet:enum(@diet)}? ]]{dinner:bool|And please add the networking dinner for them.|They won't join the dinner.}

Thank you,
{booker.full}`,
    },
    {
      id: 'cnf.05',
      domain: 'conference',
      text: `Registration #{order:id(######)}
First name: {attendee.first}
Last name: {attendee.last}
Company: {company}
Role: {attendee.title:job_title}
[[T-shirt: {size:enum(@size)}
]]Sessions:
{sessions:bullets(session,1,4)}
[[Wheelchair access needed: {wheelchair:bool|yes|no}]]`,
    },
    {
      id: 'cnf.06',
      domain: 'conference',
      text: `Dear organizers,
unfortunately my visa for {country} was not approved in time, so I cannot come to the conference starting {start:date(abs)}. I paid {price:money(150,900)}, order {order:id(REG-#####)}. Is it possible to refund me or change to the online ticket? I prefer {preference:enum(refund,online)|refund=the refund|online=the online ticket, if you pay back the difference}.
Best regards, {attendee.full}`,
    },
    {
      id: 'cnf.07',
      domain: 'conference',
      text: `Sent {sent:msgdate}

Hi {attendee.first}, see you {date:date}! Badge pickup opens at {time:time(7,9)} in the {hall:enum(north,south,east)|north=North Hall foyer|south=South Hall|east=East entrance}. [[Your {ticket_type:enum(standard,vip)|standard=standard pass|vip=VIP pass} includes {sessions:list(session,1,2)}.]] Bring ID, badges are not transferable.
– The {host_company:company} events team`,
    },
    {
      id: 'cnf.08',
      domain: 'conference',
      text: `Hi {~support.first},

could you reissue the invoice for order {order:id(REG-#####)}? It has to show our company, {company}, and our VAT ID {vat_id:id(@@#########)} instead of my own name. We paid {price:money(200,1500)} by {payment:enum(@payment)}[[ on {paid_on:date(abs)}]].

Thanks,
{attendee.full}[[
(accounts payable: {billing_email:email})]]`,
    },
    {
      id: 'spk.01',
      domain: 'speakers',
      text: `Dear {speaker.full},

I'm organising a leadership day in {city} on {date:date(abs)} and would love you to do a {format:enum(keynote,talk,workshop)} of about {duration:int(20,60,d)} minutes on how your team handled the {topic}.[[ We expect around {audience:int(80,800,d)} people.]] [[We can offer a fee of {fee:money(500,5000,r)}. ]]{travel:bool|We cover travel and hotel.|Sadly we can't cover travel.}[[ Could you let me know by {deadline:date(abs)}?]]

Warm regards,
{organizer.full}, {company}`,
    },
    {
      id: 'spk.02',
      domain: 'speakers',
      text: `Hi {organizer.first},

thanks so much for thinking of me! {accepted:bool|I'd be happy to speak.;Count me in.|I'm afraid I'm already booked that week.;I have to say no this time.} [[?accepted I'll arrive on {arrival:date(abs)} and will need a clicker and an HDMI adapter.]][[!accepted You could ask my colleague {delegate.full} ({delegate.email}) instead.]]

Best,
{speaker.full}`,
    },
    {
      id: 'spk.03',
      domain: 'speakers',
      text: `Congratulations {speaker.first}! Your talk was accepted for {host_company:company} DevDays.
Slot: {date:date(abs)}, {time:time(9,17)}, {track:enum(main,track_b,workshop_room)|main=Main stage|track_b=Track B|workshop_room=Workshop room 2}
Length: {duration:int(20,45,d)} min + Q&A
Please confirm[[ by {confirm_by:date(abs)}]] and upload your slides at {url}.`,
    },
    {
      id: 'spk.04',
      domain: 'speakers',
      text: `#events {sent:msgdate}
{coordinator.first}: {speaker.full} lands {arrival:date} on {flight}[[, hotel is booked for {nights:int(2,3,d)} nights]].[[ they asked for {diet:enum(@diet)} food at the speakers' dinner.]] the fee invoice ({fee:money(300,3000,r)}) will come from {speaker.email}`,
    },
    {
      id: 'spk.05',
      domain: 'speakers',
      text: `Dear Dr. {speaker.last},
we organise a panel about the {topic} on {date:date(abs)} at {time:time(14,18)} in our {city} office. [[The panel will be moderate by {moderator.full}. ]]Other guests: {panelists:list(full,1,3)}. Unfortunately we have no budget for honorarium, but we {travel:bool|pay your train ticket|cannot cover the travel}.
Kind regards, {organizer.full}`,
    },
    {
      id: 'spk.06',
      domain: 'speakers',
      text: `Speaker details
Name: {speaker.full}
Title and company: {speaker.title:job_title}, {company}
Session type: {format:enum(keynote,talk,panel,workshop)}
Brings own laptop: {own_laptop:bool|yes|no, please provide one}
Recording allowed: {recording:bool|yes|no, please don't record}
[[Mobile on the day: {speaker.phone}]]`,
    },
    {
      id: 'spk.07',
      domain: 'speakers',
      text: `Hi {organizer.first},

I'm really sorry, but I have to pull out of the {date:date(abs)} session because of {reason:absence_reason}. My co-speaker {delegate.full} can still give the talk alone, {shorten:bool|but it would be better to cut it to twenty minutes|and keep the full slot}. [[You can reach them at {delegate.email}.]]

Apologies again,
{speaker.full}`,
      keys: { reason: ['reason', 'cancellation reason', 'why'] },
    },
  ],
});

export const BUSINESS_PEOPLE: TemplateGroup = withKeys({
  name: 'business-people',
  unstated: {
    marketing: ['agency:company', 'markets:list(country,1,3)', 'approved:bool|yes|no'],
    press: ['outlet:company', 'on_record:bool|yes|no', 'spokesperson.full'],
    payroll: ['employee_id:id(E#####)', 'pay_date:date', 'approver.full'],
    travel_approval: ['cost_center:id(CC-####)', 'advance:bool|yes|no', 'cabin:enum(@cabin)'],
  },
  templates: [
    {
      id: 'mkt.01',
      domain: 'marketing',
      text: `Campaign brief – {product} launch
Owner: {owner.full}
Budget: {budget:money(5000,150000,k)}
Runs: {start:date(abs)} to {end:date(+start,14,60)}
Channel: {channel:enum(social,search,email,print)|social=paid social (LinkedIn and Instagram)|search=Google Ads|email=email to existing customers|print=print and outdoor}
[[Goal: {leads:int(200,5000,d)} leads at under {cpl:money(10,120)} each
]][[Markets: {markets:list(country,1,3)}]]`,
    },
    {
      id: 'mkt.02',
      domain: 'marketing',
      text: `Hi {agency_contact.first},

following our call: for the {product} campaign we need {variants:int(2,8)} banner sizes and {videos:int(2,4)} short videos, first drafts by {draft_due:date(abs)}. [[Tone: {tone:enum(playful,premium,technical)|playful=fun, a bit cheeky|premium=calm and premium|technical=fact-driven, no fluff}. ]][[The fee stays as quoted, {fee:money(3000,40000,r)}, {media_buying:bool|media buying included|media buying is done by us}.]]

Best,
{owner.full}`,
    },
    {
      id: 'mkt.03',
      domain: 'marketing',
      text: `#marketing {sent:msgdate}
{owner.first}: can we push the {product} email blast from {~old_date:date} to {send_date:date}? legal hasn't cleared the {discount:pct(10,40)} offer yet. the list is[[ {recipients:int(2000,90000,d)} contacts,]] {segment:enum(customers,prospects)|customers=existing customers only|prospects=prospects, no customers} 
{~lead.first}: fine by me`,
    },
    {
      id: 'mkt.04',
      domain: 'marketing',
      text: `Results – {product} on {channel:enum(social,search,display)|social=LinkedIn|search=Google Ads|display=display network}
Spent {spend:money(2000,50000)} of {budget:money(50001,90000,k)}
[[Clicks {clicks:int(500,20000,d)}, CTR {ctr:num(0.5,4,1)}%
]]Leads {leads:int(50,2000,d)}
Verdict: {verdict:enum(scale,keep,stop)|scale=worked well, let's double the budget|keep=okay, keep it running as is|stop=didn't work, pausing it}`,
    },
    {
      id: 'mkt.05',
      domain: 'marketing',
      text: `Hi team,
for the fair in {city} in {month} we want make a small campaign, budget maximum {budget:money(2000,15000,r)}. Target are {target_audience:job_title}s in {country}. We think LinkedIn and newsletter[[, {print:bool|and also some printed flyers|no print this time}]]. Can someone from design make {variants:int(2,5)} visuals until {due:date(abs)}? Contact person here is {owner.full}[[, {owner.email}]].`,
    },
    {
      id: 'mkt.06',
      domain: 'marketing',
      text: `Content plan, week {week:int(1,52,d)}
Mon – LinkedIn: customer story with {customer_company:company}
Wed – teaser for the webinar on {webinar_date:date(abs)} at {time:time(10,17)}
Fri – {giveaway:bool|giveaway post, the prize is a hoodie|no post, team offsite}
Approver: {approver.full}`,
    },
    {
      id: 'mkt.07',
      domain: 'marketing',
      text: `Hi {~cfo.first},

we'd like to move {amount:money(2000,30000,r)} from the {from_channel:enum(print,events,radio)} budget to {to_channel:enum(search,social,email)} for the rest of {quarter:enum(Q1,Q2,Q3,Q4)}. That channel converts at {conversion:pct(2,9)}, print barely registers. No change to the total.

Thanks,
{owner.full}, Marketing`,
    },
    {
      id: 'mkt.08',
      domain: 'marketing',
      text: `Meeting notes – {product} relaunch
Date: {date:date(abs)}
- tagline: going with option B
- launch on {launch:date(+date,14,60)}, {markets:list(country,1,3)} first
[[- influencer budget {influencer_budget:money(2000,20000,r)}, {owner.first} to shortlist
]]- {paid_search:bool|paid search stays on|no paid search until the new site is live}`,
    },
    {
      id: 'prs.01',
      domain: 'press',
      text: `Hello,

I'm {journalist.full}, a reporter with {outlet:company}. I'm working on a piece about how companies use {theme:skill} and would love a comment from your CEO. My deadline is {deadline:date(abs)}[[ at {deadline_time:time(10,18)}]].[[ {format:enum(phone,email,video)|phone=A ten-minute phone call would be perfect.|email=Written answers by email are fine.|video=Ideally a short video interview.}]]

Best,
{journalist.first}
{journalist.phone}`,
    },
    {
      id: 'prs.02',
      domain: 'press',
      text: `#comms {sent:msgdate}
{pr.first}: {outlet:company} wants a statement on the {service:service_name} outage by {deadline_time:time(12,18)} today. [[I suggest {spokesperson.full} gives a short quote, {on_record:bool|on the record|on background only, no name}. ]]draft is in the doc, {~reviewer.first} please review`,
    },
    {
      id: 'prs.03',
      domain: 'press',
      text: `Hi {journalist.first},

ahead of our announcement on {announce:date(abs)} I can share the release under embargo until {embargo_time:time(6,10)} that day. In short: {company} opens a new site in {city}, {jobs:int(50,800,d)} jobs[[, an investment of {investment:money(1000000,90000000,k)}]].[[ {exclusive:bool|You'd have it exclusively.|Other outlets get it at the same time.}]]

Best,
{pr.full}, Head of Communications`,
    },
    {
      id: 'prs.04',
      domain: 'press',
      text: `Dear press team,
I am {journalist.full} from the podcast {outlet:company} in {country}. We would like interview someone of your company about how your teams use {theme:skill}, around {duration:int(20,60,d)} minutes, recording online in {month}. [[We have about {listeners:int(2000,90000,d)} listeners for every episode.]] Is it possible?
Greetings, {journalist.first}`,
    },
    {
      id: 'prs.05',
      domain: 'press',
      text: `Media enquiry log
Date: {date:date(abs)}
Outlet: {outlet:company} ({medium:enum(print,online,tv,radio)})
Journalist: {journalist.full}[[, {journalist.email}]]
Topic: {topic}
Response: {response:enum(declined,statement,interview)|declined=declined to comment|statement=written statement sent|interview=interview arranged}
[[Handled by: {pr.full}]]`,
    },
    {
      id: 'prs.06',
      domain: 'press',
      text: `Dear {journalist.full},

your article from {published:date(past,abs)} says we employ {~wrong_staff:int(100,900,d)} people in {city}; the correct number is {employees:int(1000,5000,d)}. [[It also names {~wrong_ceo:full} as our CEO – that is {ceo:full}. ]]Could you correct the online version?

Kind regards,
{pr.full}
{company} press office`,
    },
    {
      id: 'prs.07',
      domain: 'press',
      text: `[voicemail for the press office] hi it's {journalist.first} {journalist.last} from {outlet:company}, calling about the rumoured job cuts at your {city} plant, can you confirm any numbers, I'm filing at {deadline_time:time(13,19)}, you can reach me on {journalist.phone}, thanks`,
    },
    {
      id: 'pay.01',
      domain: 'payroll',
      text: `Hi payroll team,

my {month} payslip is missing {overtime:num(2,20,1)} hours of overtime from the {project:id(PRJ-###)} go-live weekend. At my rate that should be about {missing_pay:money(100,900)} gross. [[My manager {manager.full} signed the overtime off on {approved_on:date(abs)}. ]][[Employee ID {employee_id:id(E#####)}.]]

Thanks,
{employee.full}`,
    },
    {
      id: 'pay.02',
      domain: 'payroll',
      text: `Timesheet correction – {employee.full}, week {week:int(1,52,d)}
Project: {project:id(PRJ-###)}
{corrections:rows(1,3)|<day:weekday>: booked <booked:int(0,6,d)>h, should be <hours:int(7,10,d)>h}
Reason: forgot to clock out on the customer site.
[[Approved by {approver.full}]]`,
    },
    {
      id: 'pay.03',
      domain: 'payroll',
      text: `{sent:msgdate} · {employee.first}: hi {~payroll.first}, I think my salary came in {short_by:money(50,800)} short this month – looks like the {allowance:enum(travel,meal,shift)} allowance wasn't paid. can it go into the next run on {next_run:date}? {urgent:bool|it's a bit urgent, rent is due|no rush}`,
    },
    {
      id: 'pay.04',
      domain: 'payroll',
      text: `Hi {employee.first},

you're right, the {hours:num(3,16,1)} hours you logged on {date:date(abs)} were booked as unpaid leave by mistake. We'll fix it: {amount:money(80,700)} will be added to your {month} salary[[, paid on {pay_date:date(abs)}]].[[ {tax_adjust:bool|The tax will be adjusted too.|There's no change to your tax.}]]

Best,
{payroll.full}, Payroll`,
    },
    {
      id: 'pay.05',
      domain: 'payroll',
      text: `Hello,
in my salary of {month} there is a mistake. I worked {night_shifts:int(2,10)} night shifts but they pay me none. The night bonus is {bonus:money(20,60)} for every shift. My number is {employee_id:id(#####)}[[, I work in {department} in {city}]]. Please check and correct.
Thank you
{employee.full}`,
      keys: { bonus: ['night bonus', 'shift bonus', 'bonus per shift'] },
    },
    {
      id: 'pay.06',
      domain: 'payroll',
      text: `[Timesheet portal] {employee.full} submitted a correction for {start:date(abs)} – {end:date(+start,4,6)}
Total hours changed from {~old_hours:int(20,35,d)} to {hours:int(36,48,d)}
[[Project: {project:id(PRJ-####)}
]]Status: {status:enum(pending,approved,rejected)}[[
Manager: {manager.full}]]`,
    },
    {
      id: 'pay.07',
      domain: 'payroll',
      text: `payroll fix – {employee.full} ({employee_id:id(E-####)})
- sick days {start:date(abs)} to {end:date(+start,1,5)} were deducted as unpaid, should be paid sick leave
- refund {amount:money(100,1200)} in the {month} run
- {notified:bool|employee informed|employee not told yet}`,
    },
    {
      id: 'pay.08',
      domain: 'payroll',
      text: `Dear {~hr.first},

I started on {start:date(abs)} but my first payslip counts only from {~wrong_start:date(abs)}, so {days:int(2,10)} working days are missing. My contract says {salary:money(30000,90000,k)} a year. Could this be corrected in the next payroll? My bank details haven't changed.

Kind regards,
{employee.full}
{employee.email}`,
    },
    {
      id: 'tpa.01',
      domain: 'travel_approval',
      text: `Hi {manager.first},

I'd like pre-approval to go to {city} from {start:date(abs)} to {end:date(+start,1,5)}[[ to meet {client:company}]]. Estimate: flights {flight_cost:money(150,900)}, hotel {hotel_cost:money(100,800)}, so {total:money(=flight_cost+hotel_cost)} before meals.[[ {cabin:enum(@cabin)|economy=Economy, of course.|premium_economy=Premium economy, as it's a night flight.}]]

Thanks,
{employee.full}`,
    },
    {
      id: 'tpa.02',
      domain: 'travel_approval',
      text: `TRAVEL REQUEST {request:id(TR-#####)}
Traveller: {employee.full}
Destination: {city}, {country}
Dates: {start:date(abs)} – {end:date(+start,2,10)}
[[Purpose: {purpose:enum(client_visit,conference,training,internal)}
]]Estimated cost: {estimate:money(300,5000)}
[[Cost centre: {cost_center:id(CC-####)}
]][[Cash advance: {advance:bool|yes|no}]]`,
      keys: { estimate: ['estimated cost', 'estimate', 'cost estimate'] },
    },
    {
      id: 'tpa.03',
      domain: 'travel_approval',
      text: `Re: Trip to {city}

Approved – please fly {cabin:enum(@cabin)|economy=economy, not business|premium_economy=premium economy (it's a long flight)} and keep the hotel under {hotel_cap:money(90,250)} a night. Total budget for the trip is {budget:money(800,4000,r)} incl. meals.[[ {rental_car:bool|A rental car is fine.|No rental car, taxis only.}]]

{approver.full}`,
    },
    {
      id: 'tpa.04',
      domain: 'travel_approval',
      text: `#travel {sent:msgdate}
{employee.first}: need to be in {city} {date:date} for the {client:company} kickoff. flights are {flight_cost:money(150,700)} return if I book now, tomorrow they go up. {manager.first} ok to book?
{manager.first}: {approved:bool|yes, book it;go ahead|hold off, let's do it remote;no, join by video}`,
    },
    {
      id: 'tpa.05',
      domain: 'travel_approval',
      text: `Dear {manager.first},
I ask permission to travel to the training in {city} from {start:date(abs)} to {end:date(+start,1,4)}. The course costs {fee:money(300,2000)} and the hotel around {hotel_cost:money(200,900)} for all nights.[[ I go by {mode:enum(train,car,plane)|train=train|car=my own car|plane=plane}, so no rental car is needed.]]
Best regards
{employee.full}`,
      keys: { fee: ['course fee', 'training fee', 'fee'] },
    },
    {
      id: 'tpa.06',
      domain: 'travel_approval',
      text: `Hi {employee.first},

your pre-approval {request:id(TA-#####)} for {city} can't go through as it is: the hotel ({hotel_cost:money(200,600)} a night) is over the {hotel_cap:money(120,190)} cap for that city[[, and business class isn't allowed on flights under {hours_limit:int(4,6)} hours]]. Please change the booking and resubmit by {resubmit_by:date(abs)}.

{finance.full}, Travel & Expenses`,
    },
    {
      id: 'tpa.07',
      domain: 'travel_approval',
      text: `Pre-approved trip
{employee.full} → {city}, {country}
{start:date(abs)} – {end:date(+start,1,6)}
[[Per diem: {per_diem:money(30,80)} a day
]]Rental car: {rental_car:bool|approved|not approved, use public transport}
Approved by {approver.full} on {approved_on:date(abs)}`,
    },
  ],
});

export const BUSINESS_IT: TemplateGroup = withKeys({
  name: 'business-it',
  unstated: {
    security: ['incident:id(SEC-####)', 'severity:enum(@severity)', 'owner.full'],
    licences: ['cost_center:id(CC-####)', 'expires:date', 'seats:int(1,50)'],
    maintenance: ['change:id(CHG-######)', 'rollback:bool|yes|no', 'downtime:int(5,120)'],
    partners: ['partner_id:id(PRT-#####)', 'tier:enum(silver,gold,platinum)', 'discount:pct(10,35)'],
  },
  templates: [
    {
      id: 'sec.01',
      domain: 'security',
      text: `Hi security team,

I got a suspicious email from {sender_email:email} pretending to be {~impersonated:company} and asking me to "verify" my password. It came in at {received:time(7,18)}. {clicked:bool|I clicked the link before I noticed, sorry!;Unfortunately I clicked it.|I didn't click anything.;I did not open the link.} [[?clicked I changed my password at {changed_at:time(18,20)}.]]

{reporter.full}, {department}`,
    },
    {
      id: 'sec.02',
      domain: 'security',
      text: `INCIDENT {incident:id(SEC-####)}
Severity: {severity:enum(@severity)}
Detected: {date:date(abs)} {time:time(0,23)}
Type: {type:enum(malware,phishing,data_leak,unauthorized_access)}
Affected user: {username}[[ on host {host:id(WS-#####)}]]
Contained: {contained:bool|yes, host isolated|no, still investigating}[[
Owner: {owner.full}]]`,
    },
    {
      id: 'sec.03',
      domain: 'security',
      text: `[{sent:msgdate}] {employee.first}: I think I left my laptop on the train to {city} last night 😩 asset tag {asset:id(IT-#####)}. {encrypted:bool|it's encrypted at least;bitlocker was on|not sure the disk was encrypted}. can you wipe it remotely? I'm on {employee.phone} today`,
    },
    {
      id: 'sec.04',
      domain: 'security',
      text: `Post-incident summary – {incident:id(INC-#####)}
On {date:date(abs)} between {from:time(0,5)} and {until:time(6,11)} an attacker used a leaked API key to read {records:int(100,50000,d)} customer records from {service:service_name}. Root cause: the key was committed to a public repository.[[ Regulator notified: {regulator:bool|yes, within 72 hours|no, not required}.]]
Owner: {owner.full}`,
    },
    {
      id: 'sec.05',
      domain: 'security',
      text: `Security log – {site:city} office
{date:date(abs)}, {time:time(19,23)}: guard {guard.full} stopped an unknown person who had followed an employee in through the {entrance:enum(main,garage,loading_bay)|main=main entrance|garage=garage door|loading_bay=loading bay}. The person left when asked. {police:bool|Police were called.|No police involved.} CCTV footage saved: {cctv:bool|yes|no, that camera was offline}.`,
    },
    {
      id: 'sec.06',
      domain: 'security',
      text: `Hello security team,
I find a vulnerability in your website {url}: the parameter "id" allow SQL injection and I can read the users table, about {records:int(1000,90000,d)} rows. I did not share with nobody. [[Severity I think is {severity:enum(@severity)}. ]]You have a bug bounty program? Please contact me at {researcher.email}.
Regards, {researcher.full}`,
    },
    {
      id: 'sec.07',
      domain: 'security',
      text: `🚨 #sec-alerts {sent:msgdate}
{analyst.first}: {attempts:int(20,500,d)} failed logins on {username} from {ip:id(10.#.##.###)} since {since:time(0,8)}. account {locked:bool|was locked automatically|is NOT locked yet, doing it now}.[[ MFA {mfa:bool|is on for this user|was never set up for this user}.]] {~owner.first} can you check with the user?`,
    },
    {
      id: 'sec.08',
      domain: 'security',
      text: `Subject: Lost badge

Hi,
I lost my access badge somewhere between the car park and the {city} office on {date:date(abs)}, around {time:time(8,19)}. [[Badge number {badge:id(B######)}. ]]{found_spare:bool|I'm using a visitor badge from reception for now.|I have no badge at the moment, so I can't get in.} Please block it.

{employee.full}, {department}`,
    },
    {
      id: 'lic.01',
      domain: 'licences',
      text: `Hi IT,

could I get a {software} licence? I'm joining {project:id(PRJ-###)} with the {department} team and need it from {start:date(abs)}. {tier:enum(standard,pro)|standard=The standard edition is enough.|pro=I'll need the Pro edition for the plugins.} [[Cost centre {cost_center:id(CC-####)}, ]]my manager {manager.full} is in cc.

Thanks,
{employee.full}`,
    },
    {
      id: 'lic.02',
      domain: 'licences',
      text: `Licence true-up – {vendor:company}
Seats in the contract: {~contracted:int(50,200,d)}
Seats in use: {seats:int(201,400,d)}
Price for extra seats: {price:money(5,60)} per seat and month
Period: {start:date(abs)} – {end:date(+start,28,31)}
Please tell us by {deadline:date(abs)} if we should add the seats or remove the {~inactive:int(5,40)} inactive users.`,
    },
    {
      id: 'lic.03',
      domain: 'licences',
      text: `#it-help {sent:msgdate}
{employee.first}: anyone have a spare {software} seat? mine expired {expired:date(past)} and I have a deadline {due:date} 😬
{it_admin.first}: {spare:bool|yes, gave you one, check your inbox|none left, I'll order more}`,
    },
    {
      id: 'lic.04',
      domain: 'licences',
      text: `Software inventory – {department}
- {software}: {seats:int(5,80,d)} seats, renews {renewal:date(abs)}, {annual_fee:money(500,20000,r)} a year
- {~other_software:software}: {~other_seats:int(2,20,d)} seats, cancelled
Owner: {owner.full}`,
    },
    {
      id: 'lic.05',
      domain: 'licences',
      text: `Dear IT,
I need a licence of {software} for {months:int(1,12)} months, because our customer {client:company} send the files only in this format. {tier:enum(viewer,full)|viewer=The viewer version is enough.|full=I need the full version, I must edit.} My laptop is {asset:id(IT-#####)}.
Thank you, {employee.full}`,
    },
    {
      id: 'lic.06',
      domain: 'licences',
      text: `Hi {employee.first},

your {software} request ({request:id(REQ-#####)}) is approved. Licence type: {license_type:enum(named,floating)}, valid until {expires:date(abs)}. [[We charged {price:money(10,900)} to cost centre {cost_center:id(CC-####)}.]][[ Install guide: {url}]]

IT Service Desk`,
    },
    {
      id: 'lic.07',
      domain: 'licences',
      text: `Re: {software} licence for {employee.full}

We don't buy single {software} licences any more – please use {alternative:software} instead, we have a company-wide agreement for it. If you really need {software}, your manager has to justify it[[ and the cost ({price:money(100,1500)} a year) goes to {department}]].

{it_admin.full}`,
    },
    {
      id: 'mnt.01',
      domain: 'maintenance',
      text: `Subject: Planned maintenance – {service:service_name}

Hi all,

we're upgrading the database behind {service:service_name} on {date:date(abs)} from {start_time:time(20,23)} to {end_time:time(0,4)} {timezone:tz}. Expect about {downtime:int(5,60,d)} minutes of full downtime[[, the API returns 503 during that time]].[[ {customer_notice:bool|Customers were told via the status page.|We haven't told customers, impact should be small.}]]

{owner.full}, Platform team`,
    },
    {
      id: 'mnt.02',
      domain: 'maintenance',
      keys: { risk: ['risk', 'change risk', 'risk level'] },
      text: `CHANGE {change:id(CHG-######)}
Summary: patch {servers:int(2,40,d)} servers to {os}
Window: {date:date(abs)} {start_time:time(22,23)}–{end_time:time(1,5)}
Risk: {risk:enum(low,medium,high)}
Rollback plan: {rollback:bool|yes, snapshots taken|none}
Implementer: {implementer.full}
CAB approval: {approved:bool|approved|pending}`,
    },
    {
      id: 'mnt.03',
      domain: 'maintenance',
      text: `Scheduled maintenance: {service:service_name}
We will do network maintenance in our {region:enum(eu_west,us_east,ap_south)|eu_west=EU-West (Frankfurt)|us_east=US-East (Virginia)|ap_south=Asia (Singapore)} region on {date:date(abs)}, {start_time:time(1,4)}–{end_time:time(5,7)} UTC. During this window {impact:enum(none,degraded,outage)|none=no impact is expected|degraded=requests may be slower than usual|outage=the service will be unavailable}. Updates at {url}.`,
    },
    {
      id: 'mnt.04',
      domain: 'maintenance',
      text: `#ops {sent:msgdate}
{owner.first}: heads up, the {service:service_name} maintenance moves from {~old_date:date} to {date:date} because of the sales launch. same window, {start_time:time(21,23)}–{end_time:time(0,3)}. {oncall.first} is on call and {rollback_tested:bool|the rollback is tested|the rollback still needs testing}`,
    },
    {
      id: 'mnt.05',
      domain: 'maintenance',
      text: `Dear customer,

our data centre in {city} will service its UPS systems on {date:date(abs)} between {start_time:time(8,10)} and {end_time:time(12,16)}. Your {racks:int(1,12)} racks are on {feed:enum(a,b)|a=power feed A|b=power feed B}, which will run on generator power. {dual_feed:bool|As you have dual feeds, no interruption is expected.|As you have a single feed, please plan for a short interruption.}[[ Reference: {ticket:id(DC-######)}.]]

NOC team`,
    },
    {
      id: 'mnt.06',
      domain: 'maintenance',
      text: `Hello colleagues,
on {date:date(abs)} we make the update of {software} on all laptops of {department}. Please leave your laptop in the office, connected to power, before {time:time(16,19)}. The update takes around {duration:int(30,120,d)} minutes. Who works remote that day {self_service:bool|can do it alone with the guide|must bring the laptop the next day}.
{it_admin.full}`,
    },
    {
      id: 'mnt.07',
      domain: 'maintenance',
      text: `Maintenance report {change:id(CHG-#####)}
Planned: {date:date(abs)}, {start_time:time(21,23)}–{end_time:time(0,2)}
Actually finished: {actual_end:time(0,4)}
Result: {result:enum(success,partial,rolled_back)|success=completed successfully|partial=partly done, two nodes left|rolled_back=rolled back after errors}
[[Incidents during the window: {incidents:int(0,3,d)}
]]Engineer: {implementer.full}`,
    },
    {
      id: 'ptn.01',
      domain: 'partners',
      text: `Welcome aboard, {partner_contact.first}!

{partner:company} is now a {tier:enum(silver,gold,platinum)} partner. Your partner ID is {partner_id:id(PRT-#####)} and your portal login went to {partner_contact.email}. Your channel manager is {channel_manager.full}[[, phone {channel_manager.phone}]]. Please finish the sales training by {due:date(abs)}[[ to unlock the {discount:pct(10,35)} reseller discount]].`,
    },
    {
      id: 'ptn.02',
      domain: 'partners',
      text: `Onboarding checklist – {partner:company} ({country})
- NDA signed: {nda_signed:bool|yes|not yet}
- Reseller agreement: {agreement:bool|signed|still with their legal team}
- IBAN: {iban:id(DE## #### #### #### #### ##)}
- Certified sales reps: {certified:int(0,8,d)}
- Target go-live: {go_live:date(abs)}`,
    },
    {
      id: 'ptn.03',
      domain: 'partners',
      text: `Partner application
Company: {partner:company}
Website: {website}
[[Employees: {employees:int(5,900,d)}
]]Regions: {regions:list(country,1,3)}
Type: {partner_type:enum(reseller,integrator,referral)|reseller=Reseller / VAR|integrator=System integrator|referral=Referral only}
Contact: {partner_contact.full}, {partner_contact.email}`,
    },
    {
      id: 'ptn.04',
      domain: 'partners',
      text: `#partners {sent:msgdate}
{channel_manager.first}: {partner:company} signed 🎉 {tier:enum(silver,gold)|silver=silver for now|gold=straight to gold} tier. they want a joint webinar {date:date} and demo licences for {demo_seats:int(3,20)} people. {mdf:bool|I promised them marketing funds|no MDF for them this year}`,
    },
    {
      id: 'ptn.05',
      domain: 'partners',
      text: `Dear {channel_manager.first},
thank you for the call. We are interested to become reseller of your products in {country} and {~country2:country}. Our company {partner:company} have {employees:int(10,200)} employees and we sell already {competitor:company} solutions. Please send us the partner contract and the price list. [[Our VAT number is {vat_id:id(@@#########)}.]]
Best regards,
{partner_contact.full}`,
    },
    {
      id: 'ptn.06',
      domain: 'partners',
      text: `Deal registration {deal:id(DR-######)}
Partner: {partner:company}
End customer: {end_customer:company}, {city}
Product: {product}
Estimated value: {deal_value:money(5000,200000,k)}
[[Expected close: {close:date(abs)}
]]Status: {status:enum(submitted,approved,rejected)}`,
    },
    {
      id: 'ptn.07',
      domain: 'partners',
      text: `Kickoff with {partner:company} – {date:date(abs)}
Present: {partner_contact.full} (them), {channel_manager.full} (us)
- target for year one: {target_revenue:money(50000,500000,k)}
[[- first training session {training:date(+date,3,21)}
]]- they'll focus on {segment:enum(smb,midmarket,enterprise)|smb=small businesses|midmarket=mid-sized companies|enterprise=large enterprises}
- still open: who handles first-line support`,
    },
    {
      id: 'ptn.08',
      domain: 'partners',
      text: `Hi {partner_contact.first},

two things missing before we can activate {partner:company}: the signed data processing agreement and a tax certificate. Once we have them, your {tier:enum(silver,gold,platinum)} status goes live and the first {margin:pct(10,30)} margin applies to orders from {effective:date(abs)}. [[Upload both at {url}.]]

Thanks,
{channel_manager.full}
Partner team`,
    },
  ],
});
