// whole messages from people's errands and occasions: sports clubs, volunteering, donations,
// weddings, parties and catering, photographers, salons, lost property, pharmacies, therapy, lab
// results, hospital discharge, libraries, museums and theatres, concerts, trains and buses, bike
// and scooter rental, post, government offices, universities. Five groups of four domains each
// (a group holds 20 to 40 templates).
import type { Template, TemplateGroup } from './format';

/** key synonyms of the fields these messages use that the shared KEYS lack. */
const K: Readonly<Record<string, readonly string[]>> = {
  // people (groups)
  applicant: ['applicant', 'applicant details', 'candidate'],
  baby: ['baby', 'newborn', 'infant'],
  captain: ['captain', 'team captain', 'skipper'],
  carer: ['carer', 'caregiver', 'ordered by'],
  deceased: ['deceased', 'in memory of', 'late relative'],
  donor: ['donor', 'supporter', 'giver'],
  emergency: ['emergency contact', 'next of kin', 'in case of emergency'],
  finder: ['finder', 'found by', 'reporter'],
  gp: ['gp', 'family doctor', 'general practitioner'],
  guest_of_honour: ['guest of honour', 'birthday person', 'celebrant'],
  holder: ['holder', 'card holder', 'account holder'],
  leader: ['leader', 'group leader', 'team lead'],
  member: ['member', 'member name', 'membership holder'],
  official: ['referee', 'match official', 'official'],
  partner: ['partner', 'doubles partner', 'playing partner'],
  person: ['person', 'subject', 'named person'],
  planner: ['planner', 'wedding planner', 'coordinator'],
  rider: ['rider', 'user', 'customer'],
  runner: ['runner', 'fundraiser', 'participant'],
  stylist: ['stylist', 'hairdresser', 'booked with'],
  supervisor: ['supervisor', 'advisor', 'professor'],
  teacher: ['teacher', 'group leader', 'school contact'],
  therapist: ['therapist', 'physio', 'practitioner'],
  volunteer: ['volunteer', 'helper', 'applicant'],
  // overrides of shared keys whose senses do not fit here
  deadline: ['deadline', 'due by', 'latest date'],
  departure_time: ['departure time', 'departs at', 'leaves at'],
  format: ['format', 'type', 'mode'],
  hours: ['hours', 'number of hours', 'duration hours'],
  problem: ['problem', 'issue', 'what went wrong'],
  // fields
  absence: ['absence reason', 'why absent', 'reason'],
  absence_reason: ['absence reason', 'reason missed', 'reason'],
  accept_by: ['accept by', 'acceptance deadline', 'reply by'],
  accepts: ['accepts charge', 'agreed', 'customer agrees'],
  activity: ['activity', 'event type', 'project'],
  admin_fee: ['admin fee', 'processing fee', 'handling fee'],
  admitted: ['admitted', 'admission date', 'admitted on'],
  after_party: ['after party', 'party after', 'afterparty'],
  age_group: ['age group', 'under age', 'squad age'],
  aid: ['mobility aid', 'access need', 'aid'],
  age_limit: ['age limit', 'minimum age', 'age restriction'],
  allergies: ['allergies', 'allergens', 'reacts to'],
  anonymous: ['anonymous', 'give anonymously', 'hide name'],
  any_stylist: ['any stylist', 'stylist flexible', 'other stylist ok'],
  appeal: ['appealable', 'can appeal', 'appeal possible'],
  applicant_id: ['applicant id', 'application number', 'applicant number'],
  application: ['application number', 'application id', 'application ref'],
  arrive_by: ['arrive by', 'expected delivery', 'delivery by'],
  assistance: ['assistance', 'assistance type', 'help needed'],
  at_training: ['at training', 'attends training', 'comes to training'],
  autorenew: ['auto renew', 'auto renewal', 'renews automatically'],
  award: ['award', 'award amount', 'scholarship amount', 'per year'],
  award_years: ['award years', 'years funded', 'duration years'],
  away_team: ['away team', 'visitors', 'away side'],
  background: ['background', 'backdrop', 'setting'],
  background_check: ['background check', 'police check', 'checked'],
  bag_count: ['bag count', 'bags', 'number of bags'],
  bags_included: ['bags included', 'luggage allowance', 'bags'],
  balance: ['balance', 'balance due', 'remaining'],
  band: ['band', 'act', 'band name'],
  bay: ['bay', 'stand', 'departure bay'],
  beard: ['beard trim', 'beard', 'with beard'],
  benign: ['benign', 'all clear', 'result clear'],
  bike: ['bike', 'with bicycle', 'bicycle'],
  bike_damage: ['damage', 'bike damage', 'fault found'],
  bike_no: ['bike number', 'bike id', 'vehicle number'],
  bike_type: ['bike type', 'bike', 'model'],
  bikes: ['bikes', 'number of bikes', 'bike count'],
  birth_cert: ['birth certificate', 'needs birth certificate', 'birth cert'],
  blister: ['blister pack', 'dosette', 'blister'],
  bloods_needed: ['bloods needed', 'repeat bloods', 'blood test needed'],
  body_part: ['body part', 'area', 'injury site'],
  born: ['born', 'birth date', 'date of birth'],
  bouquets: ['bouquets', 'bouquet count', 'number of bouquets'],
  box: ['box number', 'po box', 'box'],
  box_size: ['box size', 'size'],
  branch: ['branch', 'library branch', 'pickup branch'],
  breakdown: ['breakdown', 'fault', 'problem'],
  bridesmaids: ['bridesmaids', 'bridal party', 'number of bridesmaids'],
  bus_line: ['bus line', 'bus number', 'route'],
  buttonholes: ['buttonholes', 'boutonnieres', 'buttonhole count'],
  calculator: ['calculator allowed', 'calculators', 'calculator'],
  call_by: ['call by', 'book call by', 'contact by'],
  camping: ['camping', 'with camping', 'camping pass'],
  cancel_why: ['cancellation reason', 'reason', 'why cancelled'],
  cap: ['cap', 'maximum per session', 'limit per session'],
  car_key: ['car key', 'has car key', 'includes car key'],
  card: ['card number', 'library card', 'card'],
  card_last4: ['card last four', 'card ending', 'last four digits'],
  card_ref: ['card reference', 'card number', 'slip number'],
  campaign: ['campaign', 'campaign code', 'appeal code'],
  card_to_family: ['card to family', 'send card', 'acknowledge family'],
  card_type: ['card type', 'membership type', 'category'],
  cards: ['cards', 'card count', 'number of cards'],
  carer_ticket: ['carer ticket', 'with carer', 'companion ticket'],
  carrier: ['carrier', 'courier', 'delivery company'],
  case_no: ['case number', 'file number', 'case'],
  cash: ['cash', 'cash amount', 'cash inside'],
  cash_by: ['cash by', 'cash collection until', 'collect cash until'],
  castle: ['castle', 'bouncy castle', 'inflatable'],
  categories: ['categories', 'licence categories', 'vehicle classes'],
  cause: ['cause', 'how it happened', 'injury cause'],
  ceremony_onsite: ['ceremony on site', 'ceremony at venue', 'onsite ceremony'],
  change: ['change', 'has change', 'connection'],
  chapters_done: ['chapters done', 'chapters drafted', 'progress chapters'],
  charge: ['charge', 'damage charge', 'amount charged'],
  charity: ['charity', 'organisation', 'cause', 'charity name'],
  child_age: ['child age', 'children under', 'age limit'],
  child_seat: ['child seat', 'kids seat', 'baby seat'],
  chipped: ['microchipped', 'chipped', 'has chip'],
  client: ['client', 'customer', 'booked by'],
  cholesterol: ['cholesterol', 'total cholesterol', 'cholesterol mmol'],
  clinic: ['clinic', 'practice', 'clinic name'],
  clinic_phone: ['clinic phone', 'practice phone', 'call number'],
  clinic_type: ['clinic', 'follow up clinic', 'department'],
  close_time: ['closing time', 'open until', 'closes at'],
  club: ['club', 'club name', 'team'],
  coach: ['coach', 'carriage', 'coach number'],
  code: ['code', 'pickup code', 'pin'],
  collect_by: ['collect by', 'pick up by', 'hold until'],
  collect_time: ['collect time', 'collect by time', 'deadline time'],
  colours: ['colours', 'colors', 'colour scheme'],
  concern: ['concern', 'issue', 'reason for therapy'],
  condition: ['condition', 'illness', 'treated for'],
  confirm_by: ['confirm by', 'confirmation deadline', 'reply by'],
  confirmed: ['confirmed', 'said yes', 'confirmed guests'],
  contact_pref: ['contact preference', 'preferred contact', 'contact by'],
  copay: ['copay', 'to pay', 'amount due'],
  copies: ['copies', 'number of copies', 'copy count'],
  course: ['course', 'module', 'subject'],
  course_days: ['course days', 'treatment days', 'for days'],
  court: ['court', 'court number'],
  covered_pct: ['covered percent', 'coverage', 'reimbursement rate'],
  curtain: ['curtain', 'show time', 'starts at'],
  cut: ['cut', 'haircut', 'style'],
  cutlery: ['cutlery', 'plates and cutlery', 'tableware'],
  days_available: ['days available', 'availability', 'free days'],
  dbs_number: ['dbs number', 'certificate number', 'check number'],
  delay_minutes: ['delay minutes', 'delay', 'minutes late'],
  deliver_all: ['deliver all', 'redeliver held mail', 'deliver on resume'],
  delivery: ['delivery', 'delivery method', 'how delivered'],
  delivery_format: ['delivery format', 'deliverables', 'format'],
  delivery_method: ['delivery method', 'delivery', 'send as'],
  delivery_time: ['delivery time', 'deliver by', 'drop off time'],
  deposit_amount: ['deposit', 'deposit amount', 'deposit paid'],
  deposit_due: ['deposit due', 'deposit deadline', 'pay deposit by'],
  deposits_total: ['deposits paid', 'deposits total', 'paid so far'],
  diagnosis: ['diagnosis', 'condition', 'admitted for'],
  discharged: ['discharged', 'discharge date', 'home on'],
  discount: ['discount', 'discount percent', 'percent off'],
  dj: ['dj', 'dj included', 'playlist between sets'],
  donor_id: ['donor id', 'donor number', 'supporter number'],
  doors: ['doors', 'doors open', 'entry time'],
  driving_years: ['driving years', 'years driving', 'experience years'],
  dry_days: ['dry days', 'keep dry days', 'dressing dry for'],
  duration_min: ['duration minutes', 'exam length', 'length'],
  duty: ['duty', 'import duty', 'customs duty'],
  epipen: ['epipen', 'adrenaline pen', 'auto injector'],
  escort: ['escort', 'travels with escort', 'companion'],
  evening_guests: ['evening guests', 'evening only', 'extra evening guests'],
  exam: ['exam date', 'exam', 'exam on'],
  exam_date: ['exam date', 'date', 'day'],
  exams: ['exams', 'exam timetable', 'sittings'],
  exhibition: ['exhibition', 'show', 'exhibit'],
  experienced: ['experienced', 'regular cyclists', 'experienced riders'],
  face_value: ['face value', 'at face value', 'full price'],
  fallback: ['fallback', 'alternative', 'if not possible'],
  fare: ['fare', 'ticket price', 'price'],
  fare_class: ['class', 'fare class', 'travel class'],
  fasting: ['fasting', 'fasting required', 'must fast'],
  fee_pct: ['fee percent', 'charge percent', 'late cancellation rate'],
  fee_per_pupil: ['fee per pupil', 'price per child', 'per pupil'],
  fee_total: ['fee', 'total fee', 'cost'],
  fee_waiver: ['fee waiver', 'waive fee', 'waiver requested'],
  ferritin: ['ferritin', 'ferritin level'],
  festival: ['festival', 'event', 'festival name'],
  fine: ['fine', 'penalty', 'late charges'],
  first_dance: ['first dance', 'first dance song', 'song'],
  flag: ['flag', 'result flag', 'abnormal flag'],
  flight_date: ['flight date', 'flying home', 'departure date'],
  follow_up: ['follow up', 'follow up needed', 'needs appointment'],
  followup: ['follow up', 'follow up date', 'clinic date'],
  followup_days: ['follow up days', 'follow up within', 'gp review days'],
  found_item: ['found item', 'item', 'what was found'],
  free_minutes: ['free minutes', 'included minutes', 'minutes per ride'],
  free_parking: ['free parking', 'parking available', 'parking'],
  freeze_from: ['freeze from', 'pause from', 'hold start'],
  freeze_reason: ['freeze reason', 'pause reason', 'reason'],
  freeze_weeks: ['freeze weeks', 'pause weeks', 'hold length'],
  frequency: ['frequency', 'how often', 'interval'],
  friendly: ['friendly', 'approachable', 'safe to approach'],
  from_date: ['from date', 'available from', 'from'],
  future_gifts: ['future gifts', 'open to one off gifts', 'contact ok'],
  garden_width: ['garden width', 'space metres', 'width'],
  generic: ['generic ok', 'generic', 'generic available'],
  gift_aid: ['gift aid', 'tax relief', 'gift aid declared'],
  goods: ['goods', 'donation type', 'items'],
  gpa: ['gpa', 'grade average', 'average grade'],
  grab: ['can collect', 'flatmate collects', 'picks up'],
  grad_month: ['graduation month', 'finishes in', 'graduates'],
  guest_passes: ['guest passes', 'guest tickets', 'free guests'],
  guided: ['guided tour', 'guided', 'with guide'],
  hair_length: ['hair length', 'length', 'hair'],
  handling: ['handling fee', 'admin fee', 'handling'],
  has_car: ['has car', 'can drive', 'car available'],
  has_student: ['has student', 'student in group', 'student discount'],
  has_experience: ['has experience', 'experience', 'prior experience'],
  hb: ['haemoglobin', 'hemoglobin', 'hb'],
  hba1c: ['hba1c', 'blood sugar', 'a1c'],
  hearing_loop: ['hearing loop', 'needs hearing loop', 'loop seat'],
  helmets: ['helmets', 'needs helmets', 'helmet'],
  high_chairs: ['high chairs', 'high chair count', 'number of high chairs'],
  home_team: ['home team', 'hosts', 'home side'],
  hospital: ['hospital', 'hospital name', 'trust'],
  hours_per_week: ['hours per week', 'weekly hours', 'hours'],
  ice_minutes: ['ice minutes', 'ice for', 'icing minutes'],
  icing: ['icing', 'finish', 'cake finish'],
  id_expires: ['id expires', 'current id expiry', 'expiry date'],
  ielts: ['ielts', 'ielts score', 'english score'],
  images: ['images', 'photos included', 'image count'],
  instalments: ['instalments', 'installments', 'payments'],
  insured: ['insured', 'with insurance', 'insurance'],
  intake: ['intake', 'start term', 'entry'],
  interpreter: ['interpreter', 'needs interpreter'],
  invited: ['invited', 'invitees', 'number invited'],
  isolate_until: ['isolate until', 'stay home until', 'isolation end'],
  item_type: ['item type', 'item', 'type'],
  keep_locker: ['keep locker', 'locker', 'retain locker'],
  keep_until: ['keep until', 'held until', 'collect by'],
  keys_count: ['keys', 'key count', 'number of keys'],
  kickoff: ['kick off', 'kickoff time', 'start time'],
  kids: ['kids', 'children', 'number of children'],
  kit_size: ['kit size', 'shirt size', 'size'],
  lab: ['lab', 'laboratory', 'lab name'],
  lab_phone: ['lab phone', 'laboratory phone', 'questions phone'],
  lab_ref: ['lab reference', 'sample id', 'report number'],
  lang_test: ['language test', 'english test', 'test'],
  late_fee_amount: ['late fee', 'cancellation fee', 'late cancellation fee'],
  league: ['league', 'league name', 'competition'],
  leave_reason: ['reason', 'cause of delay', 'circumstances'],
  level: ['level', 'skill level', 'ability'],
  library: ['library', 'library name', 'library system'],
  licence: ['driving licence', 'licence', 'can drive'],
  licence_no: ['licence number', 'license number', 'licence no'],
  lift: ['lift', 'elevator', 'has lift'],
  limit: ['limit', 'block limit', 'borrowing limit'],
  locker: ['locker', 'locker number', 'locker id'],
  lost_item: ['lost item', 'item', 'what was lost'],
  lost_weeks: ['lost weeks', 'weeks lost', 'delay weeks'],
  lunch_needed: ['lunch needed', 'lunch provided', 'wants lunch'],
  match_cap: ['match cap', 'annual cap', 'match limit'],
  match_fee: ['match fee', 'subs', 'fee per player'],
  match_pct: ['match percent', 'match rate', 'matching rate'],
  max_fee: ['max fee', 'fee limit', 'maximum fee'],
  max_lift_kg: ['max lift kg', 'lifting limit', 'max weight'],
  max_price: ['max price', 'price limit', 'budget per ticket'],
  medical_notes: ['medical notes', 'medical conditions', 'health notes'],
  meds: ['medications', 'meds', 'medicines'],
  meet_time: ['meet time', 'meeting time', 'arrive by'],
  member_id: ['member id', 'member number', 'membership number'],
  membership: ['membership', 'membership type', 'category'],
  menu: ['menu', 'menu choice', 'catering style'],
  minutes: ['minutes', 'ride minutes', 'duration'],
  missed: ['missed on', 'missed delivery', 'attempt date'],
  mobility: ['mobility', 'mobility needs', 'transport type'],
  month: ['month', 'preferred month', 'in month'],
  monthly: ['monthly', 'monthly price', 'per month'],
  moved: ['moved', 'moved on', 'arrival date'],
  museum: ['museum', 'venue', 'museum name'],
  nails: ['nails', 'nail service', 'treatment'],
  need_by: ['need by', 'needed by', 'deadline'],
  needed_by: ['needed by', 'need by', 'by date'],
  needs_transport: ['needs collection', 'collection needed', 'needs pickup'],
  neighbour: ['neighbour ok', 'leave with neighbour', 'neighbor ok'],
  new_deadline: ['new deadline', 'extended deadline', 'requested deadline'],
  newsletter: ['newsletter', 'e newsletter', 'subscribed'],
  next_date: ['next appointment', 'next booking', 'next date'],
  no_driving_weeks: ['no driving weeks', 'driving ban weeks', 'weeks without driving'],
  no_lift_weeks: ['no lift weeks', 'lifting ban weeks', 'weeks no lifting'],
  no_running_until: ['no running until', 'running allowed from', 'rest until'],
  no_show_fee: ['no show fee', 'charge', 'missed appointment fee'],
  normal: ['normal', 'all normal', 'within range'],
  notice_hours: ['notice hours', 'cancellation notice', 'hours notice'],
  numbers_due: ['numbers due', 'final numbers by', 'headcount deadline'],
  off_until: ['off until', 'signed off until', 'fit note until'],
  office: ['office', 'passport office', 'location'],
  open_book: ['open book', 'notes allowed', 'is open book'],
  operator: ['operator', 'company', 'provider'],
  opponent: ['opponent', 'opposition', 'playing against'],
  organisation: ['organisation', 'organization', 'charity'],
  overdue: ['overdue', 'overdue items', 'items overdue'],
  owe: ['owe', 'amount each', 'per person'],
  oxygen: ['oxygen', 'needs oxygen', 'on oxygen'],
  package: ['package', 'party package', 'option'],
  paper: ['paper', 'finish', 'paper type'],
  parking_pass: ['parking pass', 'car park pass', 'parking'],
  pass_type: ['pass type', 'ticket type', 'pass'],
  passes: ['passes', 'number of passes', 'tickets'],
  passport_no: ['passport number', 'passport no', 'passport'],
  password: ['password', 'gallery password', 'access code'],
  pay_by: ['pay by', 'payment deadline', 'due by'],
  pay_difference: ['pay difference', 'pays upgrade', 'will pay extra'],
  people: ['people', 'group size', 'headcount'],
  per_day: ['per day', 'times per day', 'daily'],
  permit_expires: ['permit expires', 'permit expiry', 'valid until'],
  pharmacy_phone: ['pharmacy phone', 'call back number', 'phone'],
  phased_return: ['phased return', 'reduced hours', 'gradual return'],
  patch_test: ['patch test', 'patch test done', 'allergy test'],
  photo_consent: ['photo consent', 'photos allowed', 'media consent'],
  photo_problem: ['photo problem', 'rejection reason', 'issue'],
  photos: ['photos', 'photo count', 'number of photos'],
  police_report: ['police report', 'reported to police'],
  position: ['position', 'playing position', 'plays as'],
  positive: ['positive', 'is positive', 'test positive'],
  post_office: ['post office', 'collection point', 'branch'],
  power: ['power', 'outdoor socket', 'power available'],
  price_each: ['price each', 'price per person', 'per ticket'],
  prints_total: ['prints total', 'print cost', 'subtotal'],
  prints: ['prints', 'print order', 'order lines'],
  print_size: ['print size', 'size', 'format'],
  procedure: ['procedure', 'operation', 'surgery'],
  programme: ['programme', 'program', 'course', 'degree'],
  provider: ['provider', 'clinic', 'practice'],
  pupils: ['pupils', 'students', 'number of pupils'],
  purpose: ['purpose', 'needed for', 'reason'],
  quote_no: ['quote number', 'quote', 'quote id'],
  railcard: ['railcard', 'discount card', 'has railcard'],
  railcard_type: ['railcard type', 'card type', 'railcard'],
  raised: ['raised', 'raised so far', 'amount raised'],
  raw_files: ['raw files', 'raws included'],
  receipt_no: ['receipt number', 'receipt no', 'receipt id'],
  redo: ['redo', 'free correction', 'wants correction'],
  referral: ['referral', 'referred', 'has referral'],
  refund_by: ['refund by', 'refund deadline', 'claim refund by'],
  refund_days: ['refund days', 'working days', 'refund time'],
  refund_to: ['refund to', 'refund method', 'compensation type'],
  release_days: ['release days', 'days before show', 'tickets released'],
  removal: ['removal', 'soak off', 'remove old gel'],
  renew_by: ['renew by', 'renewal deadline', 'early bird until'],
  renew_weeks: ['renew weeks', 'extension weeks', 'renewal period'],
  renewal_fee: ['renewal fee', 'membership fee', 'annual fee'],
  renews: ['renews', 'renewal date', 'renews on'],
  repeats: ['repeats', 'refills', 'repeat count'],
  replacement: ['replacement cost', 'replacement', 'book cost'],
  report_by: ['report by', 'scores due', 'result deadline'],
  reps: ['reps', 'repetitions'],
  resit: ['resit', 'resit date', 'retake date'],
  restock: ['restock', 'back in stock', 'in stock from'],
  review_weeks: ['review weeks', 'review in', 'bp review weeks'],
  reward: ['reward', 'reward amount', 'finder reward'],
  ride: ['ride', 'ride id', 'trip id'],
  room_no: ['room', 'exam room', 'room number'],
  row: ['row', 'seat row'],
  rx_code: ['prescription code', 'e prescription code', 'token'],
  rx_number: ['prescription number', 'rx number', 'script number'],
  salads: ['salads', 'salad count', 'sides'],
  salon: ['salon', 'salon name', 'barber'],
  salon_phone: ['salon phone', 'phone', 'call'],
  scholarship: ['scholarship', 'needs scholarship', 'funding needed'],
  scholarship_name: ['scholarship', 'scholarship name', 'award name'],
  screen: ['screen', 'needs screen', 'display'],
  search_days: ['search days', 'kept for', 'search period'],
  season: ['season ticket', 'ticket length', 'season'],
  second_shooter: ['second shooter', 'second photographer', 'assistant'],
  section: ['section', 'seating area', 'area'],
  self_pickup: ['self pickup', 'collects', 'pick up'],
  sender: ['sender', 'from', 'shipper'],
  service_type: ['service', 'application type', 'service type'],
  session_no: ['session number', 'session', 'session no'],
  session_type: ['session type', 'appointment type', 'session'],
  sessions_approved: ['sessions approved', 'approved sessions', 'number of sessions'],
  sets: ['sets', 'set count', 'number of sets'],
  share: ['share', 'contribution', 'per person'],
  shelf: ['shelf', 'hold shelf', 'shelf number'],
  shift: ['shift', 'time slot', 'slot'],
  shipping: ['shipping', 'postage', 'delivery cost'],
  shirt_number: ['shirt number', 'squad number', 'number'],
  shoot: ['shoot', 'shoot type', 'occasion'],
  short_by: ['short by', 'people needed', 'shortfall'],
  show: ['show', 'performance', 'production'],
  shuttle: ['shuttle', 'airport transfer', 'transfer needed'],
  siblings: ['siblings', 'with sibling', 'sibling in photos'],
  son_age: ['son age', 'child age', 'kid age'],
  sport: ['sport', 'activity', 'discipline'],
  staff: ['staff', 'serving staff', 'waiters'],
  start_time: ['start time', 'from', 'starts at'],
  station: ['station', 'start station', 'rented at'],
  still_valid: ['tickets valid', 'still valid', 'valid for new date'],
  stitches_out: ['stitches out', 'suture removal', 'stitches removal date'],
  stop_from: ['stop from', 'cancel from', 'last date'],
  student_discount: ['student discount', 'concession'],
  support_email: ['support email', 'help email', 'contact email'],
  supporter_id: ['supporter number', 'supporter id', 'donor number'],
  swap_bike: ['swap bike', 'replacement bike', 'wants swap'],
  swapped: ['swapped', 'cover found', 'shift swapped'],
  tables: ['tables', 'table count', 'number of tables'],
  taken: ['taken', 'sample date', 'collected on'],
  target_amount: ['target', 'fundraising target', 'goal'],
  task: ['task', 'role', 'job'],
  teachers: ['teachers', 'staff', 'adults'],
  team_size: ['team size', 'group size', 'people'],
  test: ['test', 'test type', 'investigation'],
  theatre: ['theatre', 'theater', 'venue'],
  theme: ['theme', 'party theme'],
  therapy: ['therapy', 'treatment', 'therapy type'],
  thesis: ['thesis', 'thesis level', 'degree level'],
  ticket_type: ['ticket type', 'ticket', 'type'],
  tickets: ['tickets', 'number of tickets', 'ticket count'],
  tiers: ['tiers', 'cake tiers', 'layers'],
  time_pref: ['time preference', 'preferred time', 'availability'],
  times_daily: ['times daily', 'times a day', 'frequency'],
  to_date: ['to date', 'until', 'end date'],
  train_time: ['train time', 'train at', 'departs'],
  training_days: ['training days', 'days', 'available days'],
  transport: ['transport', 'lost on', 'transport type'],
  travel_fee: ['travel fee', 'travel cost'],
  travellers: ['travellers', 'passengers', 'people'],
  treat: ['treat', 'paying for both', 'my treat'],
  treatment: ['treatment', 'service', 'appointment for'],
  trial_date: ['trial date', 'trial', 'hair trial'],
  tshirt: ['t shirt size', 'tshirt', 'shirt size'],
  turnaround_days: ['turnaround days', 'delivery days', 'turnaround'],
  usage_rights: ['usage rights', 'commercial use'],
  vaccine: ['vaccine', 'vaccination', 'jab'],
  valid_from: ['valid from', 'start date', 'from'],
  valid_until: ['valid until', 'expiry', 'expires'],
  valid_years: ['valid years', 'years', 'validity'],
  vegan_count: ['vegan count', 'vegans', 'vegan meals'],
  vegetarian_count: ['vegetarian count', 'vegetarians', 'veggie meals'],
  veggie_count: ['vegetarian count', 'vegetarians', 'veggie guests'],
  vehicle_id: ['vehicle id', 'scooter id', 'scooter'],
  vendors: ['vendors', 'suppliers', 'booked suppliers'],
  venue_type: ['home or away', 'venue', 'fixture type'],
  visa_fee: ['visa fee', 'fee', 'application fee'],
  visa_type: ['visa type', 'visa', 'category'],
  vitamin_d: ['vitamin d', 'vitamin d level'],
  voucher: ['voucher', 'voucher code', 'promo code'],
  ward: ['ward', 'ward number'],
  ward_name: ['ward', 'department', 'unit'],
  ward_phone: ['ward phone', 'ward number phone', 'phone'],
  wedding_date: ['wedding date', 'wedding day', 'big day'],
  weekday: ['weekday', 'preferred day', 'day of week'],
  wheelchair_spaces: ['wheelchair spaces', 'wheelchair places', 'accessible spaces'],
  where_lost: ['where lost', 'lost at', 'location'],
  why: ['reason', 'why', 'problem with sample'],
  wristbands: ['wristbands', 'passes', 'number of wristbands'],
  years_played: ['years played', 'playing years', 'experience years'],
  years_supported: ['years supported', 'supporter for', 'years giving'],
};

/** descriptions of some of these fields. */
const D: Readonly<Record<string, string>> = {
  admitted: 'day the patient was admitted',
  amount: 'amount given, a number without currency',
  charity: 'name of the charity',
  code: 'pickup code, as written',
  collect_by: 'last day to collect',
  conditional: 'whether the offer still has conditions',
  deposit_amount: 'deposit, a number without currency',
  discharged: 'day the patient left hospital',
  fare: 'ticket price, a number',
  fee_total: 'the fee as a number, no currency',
  freeze_from: 'first day of the pause',
  gpa: 'grade point average as written',
  kickoff: 'match start time, 24-hour',
  membership: 'membership category',
  normal: 'whether all values are in the normal range',
  notice_hours: 'hours of notice needed to cancel free of charge',
  opponent: 'the team or player faced',
  positive: 'whether the test came back positive',
  programme: 'the degree programme',
  sessions_approved: 'number of sessions covered',
  taken: 'date the sample was taken',
  tickets: 'number of tickets',
  treatment: 'what the appointment is for',
  visa_type: 'kind of visa',
};

const withKeys = (templates: readonly Template[]): Template[] =>
  templates.map((t) => ({ ...t, keys: { ...K, ...t.keys }, desc: { ...D, ...t.desc } }));

export const PEOPLE: TemplateGroup = {
  name: 'people',
  unstated: {
    sports_club: ['shirt_number:int(1,99)', 'medical_notes:list(allergy,0,2)|none', 'emergency.phone'],
    volunteering: ['dbs_number:id(############)', 'has_car:bool|yes|no', 'tshirt:enum(@size)'],
    donations: ['gift_aid:bool|yes|no', 'campaign:id(CMP-####)', 'anonymous:bool|yes|no'],
    wedding: ['budget:money(5000,40000,k)', 'evening_guests:int(10,80)', 'planner.full'],
  },
  templates: withKeys([
    {
      id: 'spc.01',
      domain: 'sports_club',
      text: `Subject: U{age_group:int(8,16,d)} sign-up – {child.full}

Hi {~coach.first},

I'd like to register my son {child.full}, born {dob:date(birth,child)}, for the {club:company} junior football section this season. He has played for {years_played:int(1,5)} years, mostly {position:enum(goalkeeper,defender,midfielder,forward)|goalkeeper=in goal|defender=at the back|midfielder=in midfield|forward=up front}. [[Kit size {kit_size:enum(@size)}. ]]{photo_consent:bool|We're happy for him to appear in club photos.;Photos are fine.|Please keep him off the club's social media.;No photos please.}

Thanks,
{parent.full}
{parent.phone}`,
    },
    {
      id: 'spc.02',
      domain: 'sports_club',
      text: `[{sent:msgdate}] Coach {~coach.first}: Right team 👊 {date:date} we're {venue_type:enum(home,away)|home=at home;at our place|away=away;on the road} vs {opponent:company}, kick-off {kickoff:time(10,11)}. Be there by {meet_time:time(9,9)}[[, {~sock_colour:color} socks]]. [[Match fees are {match_fee:money(3,10)}, cash please. ]]{~absent.first} is off sick so {captain.first} wears the armband`,
    },
    {
      id: 'spc.03',
      domain: 'sports_club',
      text: `Dear {member.first},

your {membership:enum(adult,junior,family,senior)|adult=full adult;adult|junior=junior|family=family|senior=senior (65+)} membership with {club:company} ends on {expires:date(abs)}. Renew by {renew_by:date(+expires,-30,-5)} and it's {renewal_fee:money(40,400)} for the year (after that {~late_rate:money(50,450)}). [[Your member number is {member_id:id(M-#####)}. ]]You can pay online or at the clubhouse bar.

{~secretary.full}
Membership Secretary`,
    },
    {
      id: 'spc.04',
      domain: 'sports_club',
      text: `ladies doubles – league
{date:date(abs)}, {time:time(17,20)}
v {opponent:company}
court {court:int(1,8,d)} @ {club:company}
[[partner: {partner.full}
]]scores to {~captain.first} by {report_by:date(+date,1,3)}`,
    },
    {
      id: 'spc.05',
      domain: 'sports_club',
      text: `[voicemail] hi it's {parent.full}, {child.first}'s mum, um just letting you know {child.first} can't play on {date:date(abs)} against {opponent:company}, {absence:enum(injured,ill,away)|injured=she hurt her ankle in PE;she's injured|ill=she's come down with a bug;she's poorly|away=we're away at a family do} [[{at_training:bool|but she'll still come to training|and she'll miss training that week too} ]]okay my number's {parent.phone} bye`,
    },
    {
      id: 'spc.06',
      domain: 'sports_club',
      text: `Hello, I am new in {city} and I want to join your {sport:enum(volleyball,badminton,table_tennis,basketball)|table_tennis=table tennis;ping pong|volleyball=volleyball|badminton=badminton|basketball=basketball} group for adults. My level is {level:enum(beginner,intermediate,advanced)|beginner=beginner, not very good|intermediate=middle;intermediate|advanced=good, I played in league in my country}[[, I play since {years_played:int(2,20)} years]]. I can come {training_days:list(weekday,1,3)} in the evening. How much it costs? {member.full}, {member.email}`,
    },
    {
      id: 'spc.07',
      domain: 'sports_club',
      text: `From: {league:company} Fixtures
Subject: Match rescheduled

Dear club secretaries,

{home_team:company} v {away_team:company}, first set for {~old_date:date(abs)}, will now be played on {date:date(abs)} at {kickoff:time(10,19)} as the pitch is {reason:enum(waterlogged,double_booked,resurfacing)|waterlogged=waterlogged;unplayable after the rain|double_booked=double-booked|resurfacing=being resurfaced}. [[Referee: {official.full}. ]]Please confirm your side can play by {confirm_by:date(+date,-10,-3)}.`,
    },
    {
      id: 'spc.08',
      domain: 'sports_club',
      text: `Sent: {sent:msgdate}
hi, {member.full} here[[ (member no {member_id:id(#######)})]]. can I put my gym membership on hold from {freeze_from:date} for {freeze_weeks:int(2,12)} weeks? {freeze_reason:enum(injury,travel,pregnancy)|injury=had knee surgery, no gym for a while;broke my wrist|travel=I'm working abroad for a bit|pregnancy=baby due soon}. {keep_locker:bool|would like to keep my locker pls;keep my locker if poss|you can give my locker to someone else;no need to keep the locker}`,
    },
    {
      id: 'vol.01',
      domain: 'volunteering',
      text: `Hi {~coordinator.first},

I saw your call for helpers at {event_name} and would love to join! I'm free on {date:date(abs)} from {start_time:time(7,11)} until {end_time:time(13,18)}. I'd prefer {task:enum(registration,water_station,setup,first_aid)|registration=the registration desk|water_station=handing out water;a water station|setup=setting up in the morning|first_aid=first aid, my certificate is still valid}.[[ T-shirt size {tshirt:enum(@size)}.]]

Cheers,
{volunteer.full}
{volunteer.phone}`,
    },
    {
      id: 'vol.02',
      domain: 'volunteering',
      text: `[{sent:msgdate}] {charity:company}: Hi {volunteer.first}, could you cover the {shift:enum(morning,afternoon,evening)} sorting shift {date:date} at our {street} depot? [[We're {short_by:int(2,6)} people short as {~other.first} is ill. ]]Reply YES to confirm or NO if you can't. Thank you!`,
    },
    {
      id: 'vol.03',
      domain: 'volunteering',
      text: `Hello,
my name is {volunteer.full}, I am {age:int(18,35)} years and I study in {city}. I like animals very much and I want to help in your shelter, walking the dogs or cleaning. I have {hours_per_week:int(3,12)} hours each week[[, mostly {days_available:list(weekday,1,3)}]]. {has_experience:bool|In my country I was volunteer in a shelter too.;Before I worked in a pet shop.|I have no experience but I learn fast.}
Thank you, {volunteer.first}
{volunteer.phone}`,
    },
    {
      id: 'vol.04',
      domain: 'volunteering',
      text: `Volunteer application – {organisation:company}
• Name: {volunteer.full}
• Date of birth: {dob:date(birth)}
• Available: {days_available:list(weekday,1,3)}
[[• Driving licence: {licence:bool|yes (full, clean);yes|no;none}
]]• Background check: {background_check:bool|done, certificate attached;completed|not yet;still to do}
• Emergency contact: {emergency.full} ({emergency.phone})`,
    },
    {
      id: 'vol.05',
      domain: 'volunteering',
      text: `[voicemail] hey it's {volunteer.first} {volunteer.last} from the {shift:enum(morning,afternoon,evening)} crew, um I'm really sorry but I can't do my shift on {date:date(abs)}, {cancel_reason:enum(sick,work,family)|sick=I've got the flu|work=work needs me that day|family=family stuff came up}[[ {swapped:bool|but I've already swapped with someone from the Thursday group|and I couldn't find anyone to swap with, sorry}]] so yeah, you can call me back on {volunteer.phone}`,
    },
    {
      id: 'vol.06',
      domain: 'volunteering',
      text: `Dear {volunteer.first},

thanks for signing up for our {activity:enum(park_cleanup,beach_cleanup,tree_planting)|park_cleanup=park clean-up|beach_cleanup=beach clean-up|tree_planting=tree planting day} on {date:date(abs)}. We meet at {street}, {city} at {time:time(8,10)}; gloves and bags are provided. {free_parking:bool|There's free parking by the entrance.|There's no parking, so please come by bus or bike.}[[ Your group leader is {leader.full} ({leader.phone}).]]

See you there!`,
    },
    {
      id: 'vol.07',
      domain: 'volunteering',
      text: `Hi there,

our team at {company} would like to spend a volunteering day with you. We'd be {team_size:int(5,25,d)} people[[ and any {weekday} in {month} works for us]]. {lunch_needed:bool|Could you arrange lunch for the group? We'll pay for it.;We'd like lunch provided, at our cost.|We'll bring our own lunch.}

Best,
{contact.full}
{contact.email}`,
    },
    {
      id: 'vol.08',
      domain: 'volunteering',
      text: `Subject: volunteering certificate

Hello {~manager.first},
for my university application I need a letter confirming my volunteering. I helped at {organisation:company} in {city} from {from_date:date(past,abs)} to {to_date:date(+from_date,30,300)}[[, about {hours:int(20,300,d)} hours in total]], mostly {task:enum(tutoring,kitchen,reception)|tutoring=tutoring kids with homework|kitchen=in the kitchen|reception=on reception}. Could you send it by {need_by:date(abs)}?
Thank you!
{volunteer.full}`,
    },
    {
      id: 'don.01',
      domain: 'donations',
      text: `Dear {donor.first},

thank you for your gift of {amount:money(10,500)} to {charity:company} on {date:date(past,abs)}. {gift_aid:bool|As you ticked Gift Aid, we can claim an extra 25% on top.;Gift Aid will add 25% to your gift at no cost to you.|You did not opt in to Gift Aid this time.} [[Your receipt number is {receipt_no:id(DN-######)}; please keep it for your tax return.]]

With gratitude,
{~director.full}`,
    },
    {
      id: 'don.02',
      domain: 'donations',
      text: `Regular giving – {charity:company}
Name: {donor.full}
Address: {street}, {postcode} {city}
Amount: {amount:money(5,50)} every {frequency:enum(monthly,quarterly,yearly)|monthly=month|quarterly=three months|yearly=year}
First collection: {start:date(abs)}
IBAN: {iban:id(DE## #### #### #### #### ##)}[[
Contact me by: {contact_pref:enum(@contact)}]]`,
    },
    {
      id: 'don.03',
      domain: 'donations',
      text: `Dear friends at {charity:company},

please find enclosed a cheque for {amount:money(50,2000)}, collected at the funeral of my father, {deceased.full}, who passed away on {date:date(past,abs)}.[[ He supported your work for {years_supported:int(5,40,d)} years.]] {card_to_family:bool|Could you send a card to my mother? Her address is the same as mine.;We'd appreciate a card to the family.|There is no need to send any acknowledgement.;No card needed, thank you.}

{donor.full}
{street}, {city}`,
    },
    {
      id: 'don.04',
      domain: 'donations',
      text: `[{sent:msgdate}] hi, I'd like to stop my monthly donation of {amount:money(5,40)} from {stop_from:date}. [[supporter number {supporter_id:id(SUP#####)}. ]]{reason:enum(money,other_charity,too_many_calls)|money=money's tight at the moment sorry|other_charity=I'm giving to a local charity instead|too_many_calls=too many phone calls asking for more, honestly}. {future_gifts:bool|happy to give a one-off now and then though|please don't contact me again} – {donor.full}`,
    },
    {
      id: 'don.05',
      domain: 'donations',
      text: `Hi {~hr.first},

I donated {amount:money(50,1000)} to {charity:company} on {date:date(past,abs)} and would like to apply for the company match. As far as I know we match {match_pct:pct(50,100)} up to {match_cap:money(250,2000)} a year, so that should be covered. The receipt is attached[[ (no. {receipt_no:id(########)})]].

Thanks,
{employee.full}, {department}`,
    },
    {
      id: 'don.06',
      domain: 'donations',
      text: `Hi all! 🏃 On {date:date(abs)} I'm running the {city} half marathon for {charity:company}. My target is {target_amount:money(300,3000,r)} and I've raised {raised:money(20,280)} so far. Sponsor me at {url} – every little helps![[ If you'd rather give cash, I'll collect it at work until {cash_by:date(+date,1,14)}.]] Thank you, {runner.first} x`,
    },
    {
      id: 'don.07',
      domain: 'donations',
      text: `Hello,
we're clearing out my mum's flat at {street}, {city} and have about {bag_count:int(3,15)} bags of {goods:enum(clothes,books,toys,kitchenware)|clothes=clothes and shoes|books=books|toys=toys and games|kitchenware=kitchen things} for your shop. Could your van collect on {pickup:date(abs)}?[[ {lift:bool|There's a lift.;The building has a lift.|It's on the third floor with no lift, sorry.;No lift, I'm afraid.}]] I'm on {donor.phone}.
{donor.full}`,
    },
    {
      id: 'don.08',
      domain: 'donations',
      text: `Good afternoon, I made a donation to your organisation of {amount:money(20,800)}[[ by {payment:enum(@payment)}]] on {date:date(past,abs)} but I did not receive the receipt for taxes. My donor number is {donor_id:id(######)}. Please can you send it to {donor.email}? Is important because I must do my tax declaration before {deadline:date(abs)}. Thank you, {donor.full}`,
    },
    {
      id: 'wed.01',
      domain: 'wedding',
      text: `Hello {venue:company} team,

we're getting married on {date:date(abs)} and love your barn! We expect around {guests:int(60,180,d)} guests for the meal[[ and maybe {evening_guests:int(20,60,d)} more in the evening]]. {ceremony_onsite:bool|We'd like to hold the ceremony on site as well.;Ceremony and reception both at yours, ideally.|The ceremony is at a church nearby, so it's just the reception.} Our venue budget is about {budget:money(3000,15000,k)}.

Best,
{contact.full} & {~partner.first}
{contact.phone}`,
    },
    {
      id: 'wed.02',
      domain: 'wedding',
      text: `Quote {quote_no:id(Q-####)} for {client.full}
Event date: {date:date(abs)}
Menu: {menu:enum(buffet,three_course,bbq)|buffet=hot & cold buffet|three_course=three-course plated dinner|bbq=BBQ with salads}
Guests: {guests:int(40,200,d)} (of which {veggie_count:int(3,20,d)} vegetarian)
Price per head: {per_head:money(25,120)}
Total: {total:money(=per_head*guests)}[[
Deposit due by {deposit_due:date(+date,-90,-30)}]]`,
    },
    {
      id: 'wed.03',
      domain: 'wedding',
      text: `[{sent:msgdate}] {~florist.first}: Hi {client.first}! Just confirming for the big day {date:date}: {bouquets:int(2,6)} bouquets, {buttonholes:int(4,12,d)} buttonholes and table flowers for {tables:int(6,20,d)} tables, all in {colours:list(color,1,3)}. Delivery to {venue:company} by {delivery_time:time(8,12)}.[[ Balance of {balance:money(200,2000)} due on the day]] x`,
    },
    {
      id: 'wed.04',
      domain: 'wedding',
      text: `wedding – suppliers (updated {sent:msgdate})
booked: {vendors:list(company,2,3)}
deposits paid so far: {deposits_total:money(300,4000)}
yes so far: {guests:int(50,150,d)}
[[final numbers to caterer by {numbers_due:date}
]]{~todo_count:int(2,9)} things left on the list, don't panic`,
    },
    {
      id: 'wed.05',
      domain: 'wedding',
      text: `Hi {client.first},

great to have you booked! Here's what we agreed:
– {band:company} plays {sets:int(2,4)} sets from {start_time:time(19,21)} to {end_time:time(23,23)}
[[– first dance: {first_dance:song}
]]– fee {fee_total:money(800,3500)}, of which {deposit_amount:money(100,500)} is already paid
– {dj:bool|DJ playlist between sets is included|no DJ between sets, so bring a playlist}

Cheers, {~bandleader.first}`,
    },
    {
      id: 'wed.06',
      domain: 'wedding',
      text: `[voicemail] hello it's {caller.full}, mother of the bride, for the {date:date(abs)} wedding, um just an update, we're now {guests:int(70,140,d)} adults not {~old_count:int(60,150,d)}, plus {children:int(2,12)} children[[, {high_chairs:int(1,3)} of them will need high chairs]], oh and one guest is {diet:enum(@diet)|vegan=vegan|gluten_free=coeliac|vegetarian=vegetarian}, ring me on {caller.phone} if there are any questions`,
    },
    {
      id: 'wed.07',
      domain: 'wedding',
      text: `Subject: Cake order – {date:date(abs)}

Hi,
we'd like to order our wedding cake: {tiers:int(2,5)} tiers, {flavour:cake_flavour} sponge, {icing:enum(buttercream,fondant,naked)|buttercream=buttercream|fondant=smooth fondant|naked=naked style with fresh berries}, to feed about {servings:int(50,200,d)}. Delivery to {venue:company}, {city} by {delivery_time:time(10,14)}.[[ Please keep it free of {allergy}, my brother is allergic.]]

{client.full}`,
    },
    {
      id: 'wed.08',
      domain: 'wedding',
      text: `Hello, my daughter marries on {date:date(abs)} in your hotel and many family come from {country}. We need {rooms:int(5,20,d)} rooms for {nights:int(2,4)} nights, beginning the night before. Is possible a special price for group?[[ Also {shuttle:bool|we need a bus from the airport for the guests;we want transfer from airport|guests come with own cars, no transfer needed}.]] Thank you, {contact.full}, {contact.phone}`,
    },
  ]),
};

export const PEOPLE_SERVICES: TemplateGroup = {
  name: 'people-services',
  unstated: {
    party_catering: [
      'theme:enum(pirates,princess,superheroes,dinosaurs)',
      'allergies:list(allergy,0,2)|none',
      'deposit_amount:money(20,200)',
    ],
    photography: ['usage_rights:bool|yes|no', 'raw_files:bool|yes|no', 'travel_fee:money(20,150)'],
    salon: ['patch_test:bool|yes|no', 'stylist.full', 'loyalty_number:id(########)'],
    lost_found: ['reward:money(10,200)', 'reference:id(LF-#####)', 'police_report:bool|yes|no'],
  },
  templates: withKeys([
    {
      id: 'pty.01',
      domain: 'party_catering',
      text: `Party booking – {venue:company}
Birthday child: {child.first}, turning {age:int(3,12)}
Date & time: {date:date(abs)}, {time:time(10,16)}
Package: {package:enum(basic,deluxe,ultimate)|basic=Basic (play + squash)|deluxe=Deluxe (play + hot food)|ultimate=Ultimate (play, food, party room)}
Children: {kids:int(8,30,d)}
[[Deposit paid: {deposit_amount:money(30,100)}
]]Booked by: {parent.full}, {parent.phone}`,
    },
    {
      id: 'pty.02',
      domain: 'party_catering',
      text: `Hi, we'd like the following delivered for a party on {date:date(abs)}:
{items:rows(1,3)|<qty:int(1,6,d)> x <dish> platter}
Delivery to {street}, {city} at {time:time(11,19)}.[[ {cutlery:bool|Please include plates and cutlery.;Plates & cutlery needed.|No need for plates, we have our own.}]] Invoice to {customer.full}, {customer.email}.`,
    },
    {
      id: 'pty.03',
      domain: 'party_catering',
      text: `[{sent:msgdate}] {~me.first}: ok so the surprise party for {guest_of_honour.first} (she turns {age:int(30,70,d)}!) is {date:date}, {time:time(18,21)} at {venue:company}. {invited:int(15,60,d)} people invited[[, {confirmed:int(5,14,d)} said yes so far]]. Everyone chips in {share:money(10,40)} for cake + decorations. DON'T tell her!!`,
    },
    {
      id: 'pty.04',
      domain: 'party_catering',
      text: `Subject: Lunch order for {date:date(abs)}

Hello,
could you deliver lunch for {guests:int(10,40,d)} people to our office ({company}, {street}) at {time:time(11,13)}? Of those, {vegetarian_count:int(2,8)} are vegetarian and {vegan_count:int(1,3)} vegan. Budget is {per_head:money(8,25)} per head including drinks.[[ Please invoice with PO {po:id(PO-#####)}.]]

Thanks,
{contact.full}`,
    },
    {
      id: 'pty.05',
      domain: 'party_catering',
      text: `[voicemail] hi, it's {customer.first}, I'd like to order for a kids' party on {date:date(abs)}, that's {items:rows(1,3,and)|<qty:int(2,8)> <dish>}, delivered at {time:time(12,19)} to {street}.[[ We'll pay {payment:enum(@payment)|cash=cash on the door|card=by card on delivery}.]] My number is {customer.phone}, thanks, bye`,
    },
    {
      id: 'pty.06',
      domain: 'party_catering',
      text: `Hi! Is the {castle:enum(princess,pirate,jungle)|princess=princess castle|pirate=pirate ship|jungle=jungle slide} free on {date:date(abs)}? It's for my son's {age:int(4,10)}th birthday. Our garden is about {garden_width:int(6,15,d)} metres wide and {power:bool|there's a socket outside|there's no outdoor socket}. We'd need it from {time:time(9,12)} until {end_time:time(16,18)}.[[ Address: {street}, {postcode}.]] {parent.full}`,
    },
    {
      id: 'pty.07',
      domain: 'party_catering',
      text: `Dear {customer.full},

thank you for your order {order:id(CT-#####)} for {occasion}. We will deliver {servings:int(20,120,d)} portions of {dish} and {salads:int(2,5)} salads on {date:date(abs)} at around {time:time(10,17)}. Total: {total:money(150,2500)}, of which {deposit_amount:money(50,300)} is due now.[[ Serving staff: {staff:int(1,4)}.]]

Kind regards, {~caterer.first}`,
    },
    {
      id: 'pty.08',
      domain: 'party_catering',
      text: `Hello, I want to order food for the baptism of my son on {date:date(abs)}. We are {adults:int(20,60,d)} adults and {children:int(5,20,d)} children. We like {dish} and something sweet for after.[[ Nobody can eat {allergy}.]] Please tell me the price for one person. {self_pickup:bool|I can pick up myself in the morning.;I come to take it myself.|Please you deliver to the church hall.} Thank you, {customer.full}, tel {customer.phone}`,
    },
    {
      id: 'pho.01',
      domain: 'photography',
      text: `Hi {~photographer.first},

we loved your portfolio! We're looking for someone for our {shoot:enum(wedding,engagement,family)|wedding=wedding|engagement=engagement shoot|family=family shoot} on {date:date(abs)} in {city}. About {hours:int(2,10)} hours of coverage[[, {second_shooter:bool|ideally with a second shooter;with a second photographer if possible|no second shooter needed}]]. Would that fit within {budget:money(500,4000,r)}?

Thanks!
{client.full}
{client.email}`,
    },
    {
      id: 'pho.02',
      domain: 'photography',
      text: `Booking confirmed ✔
Client: {client.full}
Session: {session_type:enum(portrait,headshots,newborn,maternity)|headshots=business headshots|portrait=portrait|newborn=newborn|maternity=maternity}
Date: {date:date(abs)}, {time:time(9,17)}
Location: {street}, {city}
Fee: {fee_total:money(90,600)} ({deposit_amount:money(30,150)} paid, rest on the day)[[
Edited images included: {images:int(5,40,d)}]]`,
    },
    {
      id: 'pho.03',
      domain: 'photography',
      text: `Hello,

we need new headshots for {people:int(6,30,d)} staff at {company}. Could you come to our office on {date:date(abs)} and set up around {time:time(8,10)}? We'd like {background:enum(white,grey,office)|white=a plain white background|grey=a grey backdrop|office=them in the office, natural look}[[, and retouched files within {turnaround_days:int(3,14)} days]]. Please quote per person.

{contact.full}
{contact.phone}`,
    },
    {
      id: 'pho.04',
      domain: 'photography',
      text: `[{sent:msgdate}] hi! baby {baby.first} arrived {born:date(past)} 🎉 are you still free for the newborn shoot? we were booked for {~old_date:date(abs)} but could we do {date:date} instead, at home ({street})?[[ {siblings:bool|big brother would like to be in a few pics too|just baby, no siblings}]] x {client.first}`,
    },
    {
      id: 'pho.05',
      domain: 'photography',
      text: `Dear {client.first},

your gallery from {date:date(past,abs)} is ready! {photos:int(40,400,d)} edited photos are waiting for you at {url} (password {password:id(****-****)}). The link expires on {expires:date(abs)}, so please download everything before then. Prints can be ordered straight from the gallery[[ with {discount:pct(10,25)} off until the end of {month}]].

{~photographer.full}`,
    },
    {
      id: 'pho.06',
      domain: 'photography',
      text: `Print order {order:id(PR-######)} – {customer.full}
{prints:rows(1,3)|<qty:int(1,10,d)> x <print_size:id(##x##)> cm}
Prints total: {prints_total:money(5,120)}
[[Paper: {paper:enum(matte,glossy,lustre)}
]]Shipping: {shipping:money(3,9)}
Ship to: {street}, {postcode} {city}`,
    },
    {
      id: 'pho.07',
      domain: 'photography',
      text: `Hello, I search a photographer for the 40 years of marriage of my parents, the party is on {date:date(abs)} in the restaurant {venue:company}, {city}.[[ We are around {guests:int(20,80,d)} persons.]] I need photos only for {hours:int(2,4)} hours, from {time:time(12,19)}. I prefer {delivery_format:enum(digital,album,both)|digital=only digital;only the files|album=an album printed|both=both, album and files}. Regards, {client.full}`,
    },
    {
      id: 'pho.08',
      domain: 'photography',
      text: `[voicemail] hi it's {client.full}, we've got the outdoor family shoot on {~old_date:date(abs)} but the forecast looks awful, could we move it to {date:date(+~old_date,2,21)}, same time, {time:time(9,18)}?[[ There'll be {people:int(3,8)} of us plus the {pet:pet_kind}.]] If not, {fallback:enum(studio,refund)|studio=we're happy to do it in the studio instead|refund=we'd rather have the deposit back} okay my number is {client.phone}`,
    },
    {
      id: 'sal.01',
      domain: 'salon',
      text: `{salon:company}: Hi {client.first}, your {treatment:enum(cut,cut_and_colour,highlights,blow_dry)|cut=cut & finish|cut_and_colour=cut and colour|highlights=half head highlights|blow_dry=blow-dry} with {stylist.first} is booked for {date:date(abs)} at {time:time(9,19)}.[[ Price {price:money(25,180)}.]] Need to change? Call {salon_phone:phone} at least {notice_hours:int(24,48,d)}h before.`,
    },
    {
      id: 'sal.02',
      domain: 'salon',
      text: `[{sent:msgdate}] yo {~barber.first}, got space {date:date} after {time:time(12,19)}? need a {cut:enum(skin_fade,scissor_cut,buzz_cut)|skin_fade=skin fade|scissor_cut=scissor cut on top|buzz_cut=quick buzz}{beard:bool| + beard trim;, beard sorted too| but no beard this time;, just the hair}.[[ bringing my lad too, he's {son_age:int(5,14)}.]] cheers, {client.first}`,
    },
    {
      id: 'sal.03',
      domain: 'salon',
      text: `[voicemail] hi, this is {client.full}, I've got a {treatment:enum(colour,cut,keratin)|colour=colour appointment|cut=haircut|keratin=keratin treatment} with {stylist.first} on {~old_date:date(abs)} at {~old_time:time(9,17)} but I need to move it, could I have {date:date(+~old_date,1,21)} at {time:time(9,18)} instead?[[ {any_stylist:bool|if she's not free anyone is fine|I'd really prefer to stay with her though}]] thanks, it's {client.phone}`,
    },
    {
      id: 'sal.04',
      domain: 'salon',
      text: `Hi {salon:company},

I'm getting married on {wedding_date:date(abs)} and would like hair and make-up for me and {bridesmaids:int(2,5)} bridesmaids on the morning, starting around {time:time(6,9)} at {venue:company}. Could I book a trial on {trial_date:date(+wedding_date,-60,-14)}?[[ My hair is {hair_length:enum(short,medium,long)|short=short (pixie)|medium=shoulder length|long=long, well past my shoulders}.]]

Thanks so much,
{client.full}`,
    },
    {
      id: 'sal.05',
      domain: 'salon',
      text: `Appointment – {salon:company}
• {client.full} ({client.phone})
• {date:date(abs)}, {time:time(10,19)}
• {nails:enum(gel,acrylic,manicure,pedicure)|gel=gel polish, hands|acrylic=full set acrylics|manicure=classic manicure|pedicure=pedicure}
[[• soak-off of old gel: {removal:bool|yes|no}
]]• approx. {duration:int(30,120,d)} min, {price:money(20,90)}`,
    },
    {
      id: 'sal.06',
      domain: 'salon',
      text: `Hello, I want make appointment for my husband and me together. For me {treatment:enum(cut,colour,highlights)|cut=only cutting|colour=colour of the roots|highlights=highlights (mèches)} and for him a short cut. We can come {date:date(abs)} after {time:time(14,17)}.[[ Is the price for both around {budget:money(40,150)}?]] Please answer on {client.phone}. {client.full}`,
    },
    {
      id: 'sal.07',
      domain: 'salon',
      text: `Subject: colour appointment on {date:date(past,abs)}

Hi,
I had my hair coloured at your {city} salon[[ by {stylist.full}]] and paid {paid:money(60,220)}. It came out {problem:enum(too_dark,brassy,patchy)|too_dark=much darker than we agreed|brassy=orange and brassy|patchy=patchy at the back}. {redo:bool|I'd like it corrected free of charge.;Please book me in for a free correction.|I'd rather have my money back than come in again.;I want a refund, not a redo.}
{client.full}`,
    },
    {
      id: 'sal.08',
      domain: 'salon',
      text: `Dear {client.first},

we missed you at your {treatment:enum(massage,facial,cut)|massage=60-minute massage|facial=facial|cut=haircut} on {date:date(past,abs)} at {time:time(9,18)}. As per our policy, bookings cancelled with less than {notice_hours:int(12,48,d)} hours' notice are charged at {fee_pct:pct(50,100)}, so {no_show_fee:money(20,90)} has been taken from your card.[[ Your next booking on {next_date:date(abs)} is still on.]]

{salon:company}`,
    },
    {
      id: 'lf.01',
      domain: 'lost_found',
      text: `Lost property report
Name: {owner.full}
Phone: {owner.phone}
Item: {lost_item:bag_item}
Colour: {color}
Lost on: {date:date(past,abs)}, train from {from_city:city} to {to_city:city} around {time:time(6,22)}
[[Seat/coach if known: {coach:id(#)}
]]Notes: it has a {~sticker_colour:color} name tag`,
    },
    {
      id: 'lf.02',
      domain: 'lost_found',
      text: `Hi {owner.first},

good news: a {color} {found_item:enum(umbrella,scarf,phone,wallet,backpack)} was handed in at {venue:company} after the show on {date:date(past,abs)}, and it matches your description. You can collect it from the box office at {street} until {keep_until:date(+date,14,30)}. Please bring ID[[ and quote reference {reference:id(LF-####)}]].

Box office team`,
    },
    {
      id: 'lf.03',
      domain: 'lost_found',
      text: `LOST {species:pet_kind} – {pet_name}
Last seen {date:date(past,abs)} around {time:time(6,22)} near {street}, {city}.
{color}, {age:int(1,14)} years old, {chipped:bool|microchipped;chipped|not chipped}[[, {friendly:bool|very friendly|nervous with strangers, please don't chase}]].
REWARD {reward:money(50,500,r)}! Call {owner.full} on {owner.phone}`,
    },
    {
      id: 'lf.04',
      domain: 'lost_found',
      text: `Hello,

I left my {phone_model} (in a {color} case) in one of your taxis on {date:date(past,abs)}. I was picked up at {pickup_location:airport} around {time:time(6,23)} and dropped at {street}. I paid {fare:money(15,90)} by {payment:enum(@payment)|card=card|cash=cash}[[, receipt no. {receipt_no:id(######)}]]. Please call my wife on {contact.phone}, as I can't use my own phone, obviously.

{owner.full}`,
    },
    {
      id: 'lf.05',
      domain: 'lost_found',
      text: `Sent: {sent:msgdate}
Found a wallet {date:date(past)} on the number {bus_line:int(1,99,d)} bus near {street}. Name on the cards: {owner.full}. There's some cash (about {cash:money(10,150)}), {cards:int(2,6)} bank cards and a {~gym:company} gym card. Handed it in at the {city} police station[[, ref {police_ref:id(@@-#####)}]]. – {finder.first}`,
    },
    {
      id: 'lf.06',
      domain: 'lost_found',
      text: `Good morning, I lost my passport on {date:date(past,abs)}[[, maybe in the {transport:enum(metro,bus,tram)} between {street} and my hotel]]. It is {country} passport, number {passport_no:id(@@#######)}. I fly home on {flight_date:date(+date,2,20)}, so is very urgent for me. If somebody find it please call me at {owner.phone}. Many thanks, {owner.full}`,
    },
    {
      id: 'lf.07',
      domain: 'lost_found',
      text: `[{sent:msgdate}] {owner.first}: has anyone seen my keys?? {keys_count:int(2,6)} keys on a {color} lanyard with a {~brand:company} fob. think I dropped them {date:date(past)} between the gym and {venue:company}.[[ {car_key:bool|car key's on there too 😭|at least the car key isn't on it}]]`,
    },
    {
      id: 'lf.08',
      domain: 'lost_found',
      text: `From: {airport} Lost & Found
Your claim {claim:id(LF#######)} has been registered.
Item: {lost_item:bag_item}
Lost: {date:date(past,abs)}, {where_lost:enum(security,gate,baggage_hall,lounge)|security=at security|gate=at the gate|baggage_hall=in the baggage hall|lounge=in the lounge}
[[Flight: {flight}
]]We keep looking for {search_days:int(30,90,d)} days and will e-mail {owner.email} if it turns up.`,
    },
  ]),
};

export const PEOPLE_HEALTH: TemplateGroup = {
  name: 'people-health',
  unstated: {
    pharmacy: ['insurance_number:id(@#########)', 'allergies:list(allergy,0,2)|none', 'generic:bool|yes|no'],
    therapy: ['referral:bool|yes|no', 'therapist.full', 'sessions_approved:int(4,20)'],
    lab_results: ['fasting:bool|yes|no', 'lab_ref:id(L########)', 'doctor.full'],
    discharge: ['ward:id(@#)', 'needs_transport:bool|yes|no', 'followup:date'],
  },
  templates: withKeys([
    {
      id: 'rx.01',
      domain: 'pharmacy',
      text: `{pharmacy:company}: Hi {patient.first}, your prescription for {medication} {dose:int(5,100,d)}mg is ready to collect. Please pick it up by {pickup:date(abs)}.[[ Amount to pay: {copay:money(0,40)}.]] Bring photo ID. We're open until {close_time:time(18,21)}.`,
    },
    {
      id: 'rx.02',
      domain: 'pharmacy',
      text: `Repeat prescription request
Patient: {patient.full}, DOB {dob:date(birth)}
{meds:rows(1,3)|• <medication> <dose:int(5,100,d)> mg}
One pack of each, please.
Collect from: {pharmacy:company}, {street}
[[Needed by: {needed_by:date(abs)}]]`,
    },
    {
      id: 'rx.03',
      domain: 'pharmacy',
      text: `[voicemail] hello, this is {~pharmacist.first} from {pharmacy:company} calling for {patient.full}, it's about your {medication}, I'm afraid we're out of stock until {restock:date(abs)}. {generic:bool|We can give you a generic version today if that's alright with you.;There is a generic we could give you today instead.|There's no generic available, so you may want to ask your GP for an alternative.}[[ Please call us back on {pharmacy_phone:phone}.]] Thanks.`,
    },
    {
      id: 'rx.04',
      domain: 'pharmacy',
      text: `[{sent:msgdate}] Hi, I'm ordering for my mum, {patient.full} ({dob:date(birth)}). She needs her {medication} again, her {~other_med:medication} is fine for now. Could you deliver to {street} {date:date}?[[ She's home from {time:time(9,15)}.]] {blister:bool|Please put it in the weekly blister pack like last time.;Blister pack please.|Normal boxes are fine, no blister pack.} – {carer.first}`,
    },
    {
      id: 'rx.05',
      domain: 'pharmacy',
      text: `Dear {patient.full},

Dr. {doctor.last} has issued an e-prescription for {medication}, {dose:int(5,100,d)} mg, {times_daily:int(2,3)} times a day for {course_days:int(5,30)} days. Your code is {rx_code:id(****-****-****)}; show it at any pharmacy.[[ Repeats allowed before a review: {repeats:int(0,3,d)}.]]

{clinic:company}`,
    },
    {
      id: 'rx.06',
      domain: 'pharmacy',
      text: `Hello, I am in {city} on holiday from {country} and I forgot my medicine for {condition:enum(blood_pressure,diabetes,thyroid)|blood_pressure=the blood pressure|diabetes=diabetes|thyroid=thyroid}. At home I take {medication} {dose:int(5,200,d)} mg every morning. I have no prescription here, only a photo of the box. Can you give me for {days:int(5,14)} days?[[ I stay in the hotel until {until:date(abs)}.]] {patient.full} {patient.phone}`,
    },
    {
      id: 'rx.07',
      domain: 'pharmacy',
      text: `Subject: prescription {rx_number:id(RX#######)} – price

Hi,
I collected my {medication} on {date:date(past,abs)} and was charged {charged:money(10,150)}, but my insurance ({insurer:company}) should cover {covered_pct:pct(50,100)} of it. Could you re-submit the claim and refund the difference to my card?[[ Member ID {member_id:id(@@@#########)}.]]

Thanks, {patient.full}`,
    },
    {
      id: 'rx.08',
      domain: 'pharmacy',
      text: `Vaccination booked ✔
{pharmacy:company}, {street}
{vaccine:enum(flu,covid_booster,shingles,travel)|flu=Flu jab|covid_booster=COVID-19 booster|shingles=Shingles vaccine|travel=Travel vaccines (hep A)}
{date:date(abs)} · {time:time(9,18)}
Patient: {patient.full}, born {dob:date(birth)}
[[Cost: {price:money(0,80)}
]]Wear something with short sleeves.`,
    },
    {
      id: 'phy.01',
      domain: 'therapy',
      text: `Hi,

Dr. {~gp.last} referred me to you for my {body_part:enum(knee,shoulder,lower_back,neck,ankle)|lower_back=lower back}. It started after {cause:enum(running,fall,lifting)|running=a running injury|fall=a fall on the stairs|lifting=lifting boxes at work} about {weeks:int(2,12)} weeks ago. Could I get an appointment on {date:date(abs)} or later that week?[[ I can only do {time_pref:enum(mornings,evenings)|mornings=mornings;before 11|evenings=evenings;after 5pm}.]]

{patient.full}
{patient.phone}`,
    },
    {
      id: 'phy.02',
      domain: 'therapy',
      text: `Hi {client.first}, it's {~therapist.first}. I'm away on {~away_date:date(abs)}, so our usual session moves to {date:date(+~away_date,1,3)} at {time:time(8,19)}, still {format:enum(in_person,video)|in_person=at the practice|video=on video, same link}.[[ That will be session {session_no:int(3,12)} of the {sessions_approved:int(12,20,d)} your insurer approved.]] Let me know if it doesn't work.`,
    },
    {
      id: 'phy.03',
      domain: 'therapy',
      text: `Home exercises – {patient.full}
- clamshells: {reps:int(8,15)} reps x {sets:int(2,4)} sets, {per_day:int(2,3)} times a day
[[- ice for {ice_minutes:int(10,20,d)} min after exercise
]]- no running until {no_running_until:date(abs)}
Next review {date:date(abs)} with {therapist.full}
Questions: {clinic_phone:phone}`,
    },
    {
      id: 'phy.04',
      domain: 'therapy',
      text: `Dear {patient.full},

your claim for {therapy:enum(physiotherapy,psychotherapy,occupational_therapy)|occupational_therapy=occupational therapy} with {provider:company} has been approved for {sessions_approved:int(6,20,d)} sessions between {start:date(abs)} and {end:date(+start,60,180)}. We cover {covered_pct:pct(60,100)} of the cost[[, up to {cap:money(40,120)} per session]]. Reference: {claim:id(CL-#######)}.

{insurer:company}`,
    },
    {
      id: 'phy.05',
      domain: 'therapy',
      text: `[voicemail] hi it's {client.full}, I'm booked in with {therapist.first} on {date:date(abs)} at {time:time(8,19)} and I have to cancel, {cancel_reason:enum(sick,work,childcare)|sick=I've got a temperature|work=work just dumped a deadline on me|childcare=no childcare, the nursery is shut}. {rebook:bool|could you find me something the week after?|I'll book again online later.}[[ I know it's short notice, I'm happy to pay the {late_fee_amount:money(20,60)} fee.]] bye`,
    },
    {
      id: 'phy.06',
      domain: 'therapy',
      text: `Hello, I look for a psychologist who speaks {language:spoken_language}, because my English is not enough to talk about feelings. It is for me, I am {age:int(20,70)} years old, the problem is {concern:enum(anxiety,sleep,grief)|anxiety=anxiety and panic;stress and anxiety|sleep=I cannot sleep since months|grief=my mother died last year}.[[ I prefer {format:enum(in_person,video)|in_person=to come to the office|video=online with video}.]] How much costs one session? {client.full}, {client.email}`,
    },
    {
      id: 'phy.07',
      domain: 'therapy',
      text: `REFERRAL – physiotherapy
Patient: {patient.full} (DOB {dob:date(birth)})
Problem: {body_part:enum(knee,shoulder,lower_back,hip)|lower_back=lower back pain|knee=knee, post ACL repair|shoulder=frozen shoulder|hip=hip after replacement}
Sessions: {sessions_approved:int(4,12)}
[[Priority: {urgency:enum(routine,soon,urgent)}
]]Referred by: Dr. {doctor.full}, {clinic:company}`,
    },
    {
      id: 'phy.08',
      domain: 'therapy',
      text: `{clinic:company}: {client.first}, your {session_type:enum(assessment,follow_up,sports_massage)|assessment=initial assessment|follow_up=follow-up|sports_massage=sports massage} is booked for {date:date(abs)}, {time:time(7,20)} ({duration:int(30,60,d)} min, {price:money(40,110)}). Please wear shorts.[[ Free cancellation up to {notice_hours:int(24,48,d)}h before.]]`,
    },
    {
      id: 'lab.01',
      domain: 'lab_results',
      text: `Your results are ready
Hi {patient.first}, the results of your {test:enum(blood_count,thyroid,cholesterol,vitamin_d)|blood_count=full blood count|thyroid=thyroid panel|cholesterol=cholesterol test|vitamin_d=vitamin D level} taken on {taken:date(past,abs)} are now in your patient portal. {normal:bool|Everything is within the normal range.;All values are normal.|One value is outside the normal range, so your doctor would like to discuss it.;Your doctor wants to go over one result with you.}[[ Please book a call before {call_by:date(abs)}.]]
{lab:company}`,
    },
    {
      id: 'lab.02',
      domain: 'lab_results',
      text: `Hi {patient.first},

your bloods from {taken:date(past,abs)} are back. Total cholesterol is {cholesterol:num(3,8,1)} mmol/L (we aim for under 5), HbA1c {hba1c:num(30,60,0)} mmol/mol[[ and vitamin D {vitamin_d:num(20,120,0)} nmol/L]]. {follow_up:bool|I'd like to see you at the practice to talk about the cholesterol.;Please book a follow-up with me.|Nothing to worry about, no need for a follow-up.}

Dr. {doctor.full}`,
    },
    {
      id: 'lab.03',
      domain: 'lab_results',
      text: `Appointment: blood test
[[For: {patient.full}
]]When: {date:date(abs)} at {time:time(7,10)}
Where: {lab:company}, {street}, {city}
{fasting:bool|Please fast for 12 hours beforehand (water is fine).;Fasting required: nothing to eat after 8pm the night before.|No need to fast.;You can eat normally.}
Bring your request form. Questions: {lab_phone:phone}`,
    },
    {
      id: 'lab.04',
      domain: 'lab_results',
      text: `{clinic:company}: {patient.first}, your {test:enum(strep,covid,flu)|strep=strep throat swab|covid=COVID-19 PCR|flu=influenza swab} from {taken:date(past,abs)} is {positive:bool|POSITIVE;positive|negative;NEGATIVE}.[[?positive Please stay home until {isolate_until:date(+taken,3,7)}.]] Questions? Call {clinic_phone:phone}.`,
    },
    {
      id: 'lab.05',
      domain: 'lab_results',
      text: `[{sent:msgdate}] Surgery: Hi {patient.first}, the lab has asked for a repeat {test:enum(urine,blood,stool)|urine=urine sample|blood=blood test|stool=stool sample} because the first sample was {why:enum(haemolysed,lost,insufficient)|haemolysed=damaged in transport|lost=mislaid by the courier|insufficient=too small}. Can you drop in {date:date} between {time:time(8,10)} and {end_time:time(11,12)}? No charge.[[ Ref {lab_ref:id(L########)}]]`,
    },
    {
      id: 'lab.06',
      domain: 'lab_results',
      text: `LAB REPORT {lab_ref:id(####-#####)}
Patient: {patient.last}, {patient.first} | DOB {dob:date(birth)}
Collected {taken:date(past,abs)} {time:time(7,12)}
Haemoglobin {hb:num(9,17,1)} g/dL
[[Ferritin {ferritin:int(5,300,d)} µg/L
]]Flag: {flag:enum(normal,low,high)|normal=none|low=L|high=H}
Requested by Dr. {doctor.last}`,
    },
    {
      id: 'lab.07',
      domain: 'lab_results',
      text: `[voicemail] hi this is {~nurse.first} from Dr. {doctor.last}'s office calling for {patient.full}, your biopsy results came back and they're {benign:bool|benign, so good news, nothing to worry about|not completely clear, so the doctor would like to see you}, we've pencilled you in for {date:date(abs)} at {time:time(8,17)}[[, if that doesn't suit please ring us on {clinic_phone:phone}]], thank you`,
    },
    {
      id: 'lab.08',
      domain: 'lab_results',
      text: `Subject: allergy test results

Dear {patient.full},
the skin prick test on {taken:date(past,abs)} showed reactions to {allergies:list(allergy,1,3)}. {epipen:bool|We are prescribing an adrenaline pen, please collect it from your pharmacy.|An adrenaline pen is not needed at this point.}[[ Your follow-up with Dr. {doctor.last} is on {date:date(abs)}.]]
Allergy Clinic, {clinic:company}`,
    },
    {
      id: 'dis.01',
      domain: 'discharge',
      text: `DISCHARGE SUMMARY – {hospital:company}
Patient: {patient.full}, DOB {dob:date(birth)}
Admitted: {admitted:date(past,abs)}   Discharged: {discharged:date(+admitted,1,14)}
[[Ward: {ward:id(@#)}
]]Reason: {diagnosis:enum(pneumonia,appendicitis,hip_fracture,chest_pain)|hip_fracture=fractured hip|chest_pain=chest pain, MI ruled out}
Meds on discharge: {meds:list(medication,1,3)}
GP follow-up within {followup_days:int(5,14)} days.`,
    },
    {
      id: 'dis.02',
      domain: 'discharge',
      text: `[voicemail] hello, this is the {ward_name:enum(cardiology,orthopaedic,surgical)} ward at {hospital:company}, calling {contact.full} about your {relation:enum(mother,father,husband,wife)}, {patient.first}. {patient.first} is ready to go home on {date:date(abs)}[[, from about {time:time(10,16)}]]. {needs_transport:bool|Could someone come to collect, as hospital transport isn't available?|We've booked hospital transport, so there's no need to collect.} Please bring a warm coat. Thank you.`,
    },
    {
      id: 'dis.03',
      domain: 'discharge',
      text: `[{sent:msgdate}] {~me.first}: update on dad: they're letting him out {discharged:date}!! 🙌 he has to go back to the {clinic_type:enum(fracture,cardiology,wound)|fracture=fracture clinic|cardiology=heart clinic|wound=wound clinic} on {followup:date(+discharged,5,14)}[[ at {time:time(8,16)}]]. no driving for {no_driving_weeks:int(2,8)} weeks so can someone take him? {~sibling.first} can't, she's away`,
    },
    {
      id: 'dis.04',
      domain: 'discharge',
      text: `After your operation
- Keep the dressing dry for {dry_days:int(2,7)} days
- Stitches out at your GP on {stitches_out:date(abs)}
- Take {medication} {dose:int(5,100,d)} mg up to {times_daily:int(2,4)} times a day
[[- No lifting over {max_lift_kg:int(2,10,d)} kg for {no_lift_weeks:int(2,6)} weeks
]]- Problems? Ward {ward:id(@#)}: {ward_phone:phone}`,
    },
    {
      id: 'dis.05',
      domain: 'discharge',
      text: `Patient transport request
From: {hospital:company}, ward {ward:id(##)}
To: {street}, {city}
Patient: {patient.full}
Date: {date:date(abs)}, ready from {time:time(9,15)}
Mobility: {mobility:enum(walking,wheelchair,stretcher)|walking=walks with a frame|wheelchair=wheelchair|stretcher=stretcher}
Escort: {escort:bool|daughter travels along|none}[[
Oxygen: {oxygen:bool|yes, 2 L/min|no}]]`,
    },
    {
      id: 'dis.06',
      domain: 'discharge',
      text: `Hello, my father {patient.full} was in your hospital from {admitted:date(past,abs)} to {discharged:date(+admitted,2,12)} after a {diagnosis:enum(stroke,heart_attack,fall)|stroke=stroke|heart_attack=heart attack|fall=fall, with broken arm}. We need the discharge letter in English for the insurance in {country}. Please send to {contact.email}.[[ His date of birth is {dob:date(birth)}.]] Thank you very much, {contact.full} (son)`,
    },
    {
      id: 'dis.07',
      domain: 'discharge',
      text: `Dear Dr. {gp.last},

re: {patient.full}, DOB {dob:date(birth)}

your patient went home from {hospital:company} on {discharged:date(past,abs)} after {nights:int(1,10)} nights with {diagnosis:enum(pneumonia,cellulitis,kidney_infection)|kidney_infection=a kidney infection}. We started {medication}; please review her blood pressure in {review_weeks:int(2,4)} weeks.[[ {bloods_needed:bool|Repeat bloods are needed before that review.|No further bloods are needed.}]]

{~registrar.full}, Medical Registrar`,
    },
    {
      id: 'dis.08',
      domain: 'discharge',
      text: `Hi {manager.first},

quick update: I was discharged from {hospital:company} on {discharged:date(past,abs)} after the {procedure:enum(appendix,knee,gallbladder)|appendix=appendix operation|knee=knee surgery|gallbladder=gallbladder removal}. My fit note signs me off until {off_until:date(+discharged,7,42)}.[[ {phased_return:bool|The doctor suggests a phased return, half days for the first week.;I'd like to come back on reduced hours at first.|I should be fine to come back full time.}]]

{employee.full}`,
    },
  ]),
};

export const PEOPLE_OUTINGS: TemplateGroup = {
  name: 'people-outings',
  unstated: {
    library: ['card:id(##########)', 'branch:city', 'fine:money(1,20)'],
    museum_theatre: ['booking:id(TK-######)', 'wheelchair_spaces:int(1,2)', 'student_discount:bool|yes|no'],
    concerts: ['order:id(GG-#######)', 'ticket_type:enum(standing,seated,vip)', 'age_limit:int(14,18)'],
    rail_bus: ['seat_number:id(##@)', 'railcard:bool|yes|no', 'bike:bool|yes|no'],
  },
  templates: withKeys([
    {
      id: 'lib.01',
      domain: 'library',
      text: `{library:company} Library: Hi {member.first}, the item you reserved is waiting for you at the {branch:city} branch. Please collect it by {collect_by:date(abs)} from hold shelf {shelf:id(H-##)}.[[ Card ending {card:id(####)}.]] Opening hours today: until {close_time:time(17,20)}.`,
    },
    {
      id: 'lib.02',
      domain: 'library',
      text: `Dear {member.full},

our records show {overdue:int(1,5)} item(s) on card {card:id(##########)} that were due back on {due:date(past,abs)}. Late charges so far come to {fine:money(1,20)}, rising by {~daily:money(0,1)} a day. Please return or renew them soon[[; borrowing is blocked once you owe more than {limit:money(5,15)}]].

{library:company} Library`,
    },
    {
      id: 'lib.03',
      domain: 'library',
      text: `[{sent:msgdate}] hi, can I renew everything on card {card:id(########)} for another {renew_weeks:int(2,4)} weeks?[[ my exam is {exam:date} so I still need them.]] the big stats book has a hold on it I think, if so I'll bring it back {return:date(+exam,1,5)}. thanks! {member.first} {member.last}`,
    },
    {
      id: 'lib.04',
      domain: 'library',
      text: `New membership
Name: {member.full}
Date of birth: {dob:date(birth)}
Address: {street}, {postcode} {city}
Email: {member.email}
Card type: {card_type:enum(adult,student,child,senior)|adult=adult|student=student (ID shown)|child=child|senior=senior}[[
E-newsletter: {newsletter:bool|yes|no}]]`,
    },
    {
      id: 'lib.05',
      domain: 'library',
      text: `Hi, I'd like to book group study room {room_number:int(1,12,d)} for {people:int(2,8)} of us on {date:date(abs)} from {time:time(9,16)}, for {hours:int(2,4)} hours. {screen:bool|We need the big screen for a presentation.;Could the screen be switched on?|Just the room, no screen needed.}[[ My student ID is {student_id:id(########)}.]]
Thanks, {member.full}`,
    },
    {
      id: 'lib.06',
      domain: 'library',
      text: `Interlibrary loan request
Requested by: {member.full} ({member.email})
Format: {format:enum(book,article,thesis)}
Citation: see attached
Needed by: {needed_by:date(abs)}
[[Max. fee I'll pay: {max_fee:money(2,20)}
]]Delivery: {delivery_method:enum(pickup,email)|pickup=pick up at main desk|email=PDF by email}`,
    },
    {
      id: 'lib.07',
      domain: 'library',
      text: `Hello, I am new in {city} and I want to make a library card for me and my {kids:int(2,3)} children. At home we speak {language:spoken_language}, do you have books in this language?[[ I live in {street}.]] I can come on {date:date(abs)} in the {time_pref:enum(morning,afternoon)}. Which documents I need to bring? {member.full}`,
    },
    {
      id: 'lib.08',
      domain: 'library',
      text: `Subject: lost book – card {card:id(##########)}

Hi,
I'm afraid I've lost one of my loans (due {due:date(abs)}). On the phone I was told the replacement is {replacement:money(10,60)}[[ plus a {admin_fee:money(2,8)} processing fee]]; can I pay {payment:enum(@payment)|card=by card|cash=in cash at the desk} when I'm in on {date:date(abs)}? Sorry about this!

{member.full}`,
    },
    {
      id: 'thr.01',
      domain: 'museum_theatre',
      text: `E-TICKET · {theatre:company}
{show:enum(hamlet,nutcracker,swan_lake,la_boheme)|hamlet=Hamlet|nutcracker=The Nutcracker|swan_lake=Swan Lake|la_boheme=La Bohème}
{date:date(abs)} · curtain up {curtain:time(19,20)} (doors 45 min before)
{tickets:int(1,4)} × {section:enum(stalls,circle,balcony)|stalls=Stalls|circle=Dress Circle|balcony=Upper Circle}[[, row {row:id(@)}]]
Total {total:money(30,400)} · booking {booking:id(TK-######)}`,
    },
    {
      id: 'thr.02',
      domain: 'museum_theatre',
      text: `Dear Education Team,

I teach at {school} and would like to bring {pupils:int(15,60,d)} pupils from {grade}[[ plus {teachers:int(2,6)} staff]] to {museum:company} on {date:date(abs)}, arriving around {time:time(9,11)}. {guided:bool|We'd love a guided tour of the Egypt gallery.;Could we book a guided tour?|We'll explore on our own, no guide needed.} Do we pay the {fee_per_pupil:money(2,8)} per pupil in advance?

{teacher.full}
{teacher.phone}`,
    },
    {
      id: 'thr.03',
      domain: 'museum_theatre',
      text: `[voicemail] hi this is {customer.full}, booking {booking:id(######)}, I've got {tickets:int(2,6)} tickets for the {~matinee_time:time(14,15)} matinee on {~old_date:date(abs)} and I'd like to swap them for the evening performance on {date:date(+~old_date,1,30)}, same seats if possible,[[ {pay_difference:bool|I'm happy to pay the difference|but I'd rather not pay an exchange fee}]] thanks, {customer.phone}`,
    },
    {
      id: 'thr.04',
      domain: 'museum_theatre',
      text: `Hi {member.first},
your {membership:enum(individual,joint,family)|individual=Individual|joint=Joint (2 adults)|family=Family} membership of {museum:company} renews on {renews:date(abs)} at {renewal_fee:money(40,150)}. It gets you free entry plus {guest_passes:int(2,4)} guest passes a year, and {discount:pct(10,20)} off in the café and shop.[[ Membership number: {member_id:id(MB######)}.]]`,
    },
    {
      id: 'thr.05',
      domain: 'museum_theatre',
      text: `Hello,
I'd like to book {tickets:int(2,4)} tickets for {show:enum(macbeth,chicago,mamma_mia,lion_king)|macbeth=Macbeth|chicago=Chicago|mamma_mia=Mamma Mia!|lion_king=The Lion King} on {date:date(abs)}, evening show. One of us is a wheelchair user, so we need {wheelchair_spaces:int(1,2)} wheelchair space(s) plus companion seats.[[ {hearing_loop:bool|A seat near the hearing loop would also help.;We'd also need the hearing loop.|No other needs.}]] Please call {customer.full} on {customer.phone}.`,
    },
    {
      id: 'thr.06',
      domain: 'museum_theatre',
      text: `[{sent:msgdate}] {~me.first}: got us tix for the {exhibition:enum(monet,egypt,dinosaurs,photography)|monet=Monet show|egypt=Egypt exhibition|dinosaurs=dinosaur exhibition|photography=press photo exhibition} at {museum:company} {date:date}, {time:time(10,16)} slot 🎨 {price_each:money(8,25)} each, {treat:bool|my treat, it's your birthday|send me your half whenever}. meet at the main entrance?`,
    },
    {
      id: 'thr.07',
      domain: 'museum_theatre',
      text: `Good evening, I want to buy tickets for the opera on {date:date(abs)}, {tickets:int(2,5)} persons, seats not too expensive, maximum {max_price:money(30,120)} for one.[[ {has_student:bool|One person is student, is there discount?|Nobody is student.}]] We come by car from {city} and arrive only at {time:time(18,19)}, is ok if the opera started already? My email is {customer.email}. {customer.full}`,
    },
    {
      id: 'thr.08',
      domain: 'museum_theatre',
      text: `Subject: Performance cancelled – refund

Dear {customer.first},

owing to {cancel_why:enum(illness,strike,technical)|illness=illness in the cast|strike=a strike|technical=technical problems} the performance on {date:date(past,abs)} was cancelled. We have refunded {refund_amount:money(20,300)} for your {tickets:int(2,6)} tickets (order {order:id(######)}) to your original payment method; please allow {refund_days:int(3,10)} working days.[[ As an apology, code {voucher:id(SORRY##)} gives {discount:pct(10,25)} off your next booking.]]`,
    },
    {
      id: 'gig.01',
      domain: 'concerts',
      text: `You're going! 🎸
Order {order:id(GG-#######)} · {tickets:int(1,6)} × {ticket_type:enum(standing,seated,vip)|standing=General Admission (standing)|seated=Seated, Block B|vip=VIP incl. lounge}
{venue:company}, {city}
{date:date(abs)} · doors {doors:time(18,20)}
Paid: {total:money(40,600)}[[
Tickets appear in the app {release_days:int(1,7)} days before the show.]]`,
    },
    {
      id: 'gig.02',
      domain: 'concerts',
      text: `Hi,
I'd like {passes:int(1,4)} {pass_type:enum(weekend,day)|weekend=weekend passes|day=day tickets} for the festival, {camping:bool|with camping;plus a camping pitch|no camping, we're staying in town;without camping}.[[ {parking_pass:bool|We'll also need a car park pass.|We're coming by train, so no parking.}]] The site showed {price_each:money(60,300)} per pass, so {total:money(=price_each*passes)} in total?
{buyer.full}, {buyer.email}`,
    },
    {
      id: 'gig.03',
      domain: 'concerts',
      text: `[{sent:msgdate}] hey, still selling the {tickets:int(1,4)} tickets for {venue:company} {date:date}? I'd pay {offer:money(30,200)} each, {face_value:bool|that's face value|I know it's below what you paid}.[[ can meet at {street} to swap or you transfer in the app, whatever's easier.]] {buyer.first}`,
    },
    {
      id: 'gig.04',
      domain: 'concerts',
      text: `Your wristbands are on their way!
Hi {customer.first}, {wristbands:int(1,6)} wristbands for {festival:company} were posted on {posted:date(past,abs)} by tracked mail[[ ({tracking:id(@@#########@@)})]]. They should arrive by {arrive_by:date(+posted,2,6)}. If nothing has come by {~deadline:date(+posted,8,14)}, email {support_email:email}. Don't put it on until you're on site!`,
    },
    {
      id: 'gig.05',
      domain: 'concerts',
      text: `IMPORTANT – date change

Dear fan,
the concert on {~old_date:date(abs)} at {venue:company} has been postponed to {date:date(+~old_date,14,120)} because {reason:enum(illness,weather,venue)|illness=the singer is unwell|weather=of a severe weather warning|venue=of a problem at the venue}. {still_valid:bool|Your tickets remain valid for the new date.|Tickets won't transfer automatically, so please rebook.}[[ If you can't make it, request a refund by {refund_by:date(+~old_date,-3,10)} at {url}.]]`,
    },
    {
      id: 'gig.06',
      domain: 'concerts',
      text: `[{sent:msgdate}] {~me.first}: gig plan!! train at {train_time:time(16,18)} from {from_city:city}, meet at the {~pub:company} first, doors {doors:time(19,20)}. I've got all {tickets:int(3,6)} e-tickets on my phone, {owe:money(30,80)} each pls.[[ {after_party:bool|after party at mine!|last train home is the plan, work tomorrow}]]`,
    },
    {
      id: 'gig.07',
      domain: 'concerts',
      text: `Hello, I bought {tickets:int(2,4)} tickets for the concert on {date:date(abs)} but I receive only one ticket in the email. The order number is {order:id(########)}[[, I paid {total:money(50,400)} with {payment:enum(@payment)|card=credit card|paypal=PayPal}]]. Please can you send the others to {customer.email}? Thank you, {customer.full}`,
    },
    {
      id: 'gig.08',
      domain: 'concerts',
      text: `Hi {venue:company} access team,

I have tickets for {date:date(abs)} (order {order:id(#######)}) and use a {aid:enum(wheelchair,walker,guide_dog)|wheelchair=wheelchair|walker=walking frame|guide_dog=guide dog}. Could I get a space on the accessible platform? {carer_ticket:bool|I'll be bringing a carer, so I'd need a free carer ticket too.;My carer will come with me.|I'll be on my own.}[[ I'll arrive around {time:time(17,20)}.]]

{customer.full}`,
    },
    {
      id: 'rail.01',
      domain: 'rail_bus',
      text: `{operator:company} e-ticket
{from_city:city} → {to_city:city}
{date:date(abs)}  dep. {departure_time:time(5,21)}
Coach {coach:id(#)}  Seat {seat_number:id(##@)}  {fare_class:enum(first,standard)|first=1st class|standard=2nd class;Standard}
Passenger: {passenger.full}
Fare {fare:money(9,180)}[[  {railcard:bool|16-25 Railcard applied|no railcard}]]`,
    },
    {
      id: 'rail.02',
      domain: 'rail_bus',
      text: `Delay compensation claim
Journey: {from_city:city} to {to_city:city} on {date:date(past,abs)}
Booked train: {~booked:time(6,21)}, arrived {delay_minutes:int(15,180,d)} minutes late
Ticket: {ticket_type:enum(single,return,season)|single=single|return=return|season=weekly season}, {fare:money(5,150)}
[[Refund to: {refund_to:enum(card,voucher)|card=original card|voucher=rail voucher}
]]Name: {passenger.full}, {passenger.email}`,
    },
    {
      id: 'rail.03',
      domain: 'rail_bus',
      text: `Hi {passenger.first},
your {season:enum(monthly,quarterly,annual)|monthly=monthly|quarterly=3-month|annual=annual} season ticket between {from_city:city} and {to_city:city} expires on {expires:date(abs)}. Renew now for {price:money(90,4500)}[[, or spread the cost at {monthly:money(10,380)} a month]]. {autorenew:bool|Auto-renewal is on, so there's nothing you need to do.|Auto-renewal is off, so please renew before it runs out.}`,
    },
    {
      id: 'rail.04',
      domain: 'rail_bus',
      text: `[{sent:msgdate}] mum: booked your coach for {date:date} 🚌 it leaves {from_city:city} coach station at {departure_time:time(6,23)} from bay {bay:int(1,20,d)}, direct to {to_city:city}. ticket's on my phone, ref {booking:id(@@#####)}.[[ {bags_included:int(1,2)} big bag(s) included.]] text me when you're on! {~dad.first} will pick you up`,
    },
    {
      id: 'rail.05',
      domain: 'rail_bus',
      text: `[voicemail] hello, I'd like to book assistance for my mother, {passenger.full}, she's going from {from_city:city} to {to_city:city} on {date:date(abs)} on the {departure_time:time(7,18)} train, and she needs {assistance:enum(ramp,wheelchair,luggage)|ramp=a ramp to get on|wheelchair=a wheelchair from the entrance|luggage=help with her suitcase}[[, {change:bool|she has one change on the way|it's a direct train}]], my name's {contact.full} and you can reach me on {contact.phone}`,
    },
    {
      id: 'rail.06',
      domain: 'rail_bus',
      text: `Railcard order {order:id(RC######)}
Type: {railcard_type:enum(senior,student,family,disabled)|senior=Senior|student=16-25|family=Family & Friends|disabled=Disabled Persons}
Holder: {holder.full}, DOB {dob:date(birth)}
Valid from {valid_from:date(abs)} for {valid_years:int(1,3)} year(s)
Price: {price:money(20,90)}[[
Saves {discount:pct(30,35)} on most fares]]`,
    },
    {
      id: 'rail.07',
      domain: 'rail_bus',
      text: `Hello, I want to buy a ticket for the bus from {from_city:city} to {to_city:city} on {date:date(abs)}. We are {travellers:int(3,5)} persons, two are children under {child_age:int(6,14)}.[[ {bike:bool|I have also a bicycle, is possible to put it on the bus?|We have no bicycle, only one suitcase each.}]] Please send the price to {contact.email}. Thank you, {contact.full}`,
    },
    {
      id: 'rail.08',
      domain: 'rail_bus',
      text: `Subject: Refund request – booking {booking:id(******)}

Hello,
I booked {travellers:int(1,4)} {fare_class:enum(first,standard)} returns {from_city:city}–{to_city:city} for {date:date(abs)}[[, coming back {return:date(+date,1,10)}]], total {fare:money(20,400)}. Because of {reason:enum(strike,illness,cancelled)|strike=the announced strike|illness=illness in the family|cancelled=the cancelled outward train} we can't travel. Please refund to my card ending {card_last4:id(####)}.

{passenger.full}`,
    },
  ]),
};

export const PEOPLE_ERRANDS: TemplateGroup = {
  name: 'people-errands',
  unstated: {
    bike_rental: ['helmets:bool|yes|no', 'deposit_amount:money(20,200)', 'insurance:bool|yes|no'],
    post: ['signature_required:bool|yes|no', 'weight:num(0,30,1)', 'tracking:id(@@#########@@)'],
    government: ['passport_no:id(@@#######)', 'fee_total:money(20,150)', 'interpreter:bool|yes|no'],
    university: ['student_id:id(########)', 'scholarship:bool|yes|no', 'intake:enum(autumn,spring)'],
  },
  templates: withKeys([
    {
      id: 'bik.01',
      domain: 'bike_rental',
      text: `Thanks for riding with {operator:company}!
Ride {ride:id(R-########)} · {date:date(past,abs)}
Start {start_time:time(6,22)} at {street}
{minutes:int(3,45)} min[[ · {km:num(0,12,1)} km]]
Unlock fee {~unlock:money(1,1)} + per-minute rate
Total charged {total:money(2,20)} to {payment:enum(@payment)|card=Visa ending 4411;card|paypal=PayPal}`,
    },
    {
      id: 'bik.02',
      domain: 'bike_rental',
      text: `Hi,
we'd like to rent {bikes:int(2,6)} {bike_type:enum(city,e_bike,mountain,tandem)|city=city bikes|e_bike=e-bikes|mountain=mountain bikes|tandem=tandems} from {start:date(abs)} for {days:int(1,7)} days. {helmets:bool|Helmets for everyone, please.;We'll need helmets too.|We'll bring our own helmets.}[[ {child_seat:bool|Also one child seat.|No child seat needed.}]] Can we pick up at {pickup_time:time(8,11)}?

{renter.full}, {renter.phone}`,
    },
    {
      id: 'bik.03',
      domain: 'bike_rental',
      text: `Return check – booking {booking:id(BK-#####)}
Customer: {renter.full}
Bike: {bike_no:id(#####)} ({bike_type:enum(city,e_bike,mountain)|city=city|e_bike=e-bike|mountain=MTB})
Returned {returned:date(past,abs)} {return_time:time(10,20)}
Damage: {bike_damage:enum(puncture,bent_wheel,broken_light,lost_lock)|puncture=rear puncture|bent_wheel=bent front wheel|broken_light=broken light|lost_lock=lock missing}
Charge: {charge:money(10,150)}[[, customer {accepts:bool|agreed|disputes it}]]`,
    },
    {
      id: 'bik.04',
      domain: 'bike_rental',
      text: `Dear {rider.first},

on {date:date(past,abs)} at {time:time(0,23)} you ended a ride on scooter {vehicle_id:id(@@-####)} outside the parking zone at {street}, {city}. The city has fined us, and under our terms we're passing on {fine:money(10,80)} plus a {handling:money(2,10)} handling fee.[[ {appeal:bool|You can appeal within 14 days in the app.|This charge can't be appealed.}]]

{operator:company}`,
    },
    {
      id: 'bik.05',
      domain: 'bike_rental',
      text: `[{sent:msgdate}] hi! is your e-bike tour on {date:date} still running, starting {time:time(9,15)}? there'd be {people:int(2,6)} adults[[ + {children:int(1,3)} kids (can they ride on the back?)]]. {experienced:bool|we cycle a lot, happy with the long route|haven't been on a bike in years lol, the easy route pls}. how much is it, still {price_each:money(25,80)} pp? {renter.first}`,
    },
    {
      id: 'bik.06',
      domain: 'bike_rental',
      text: `Subject: Your {plan:enum(monthly,annual,pay_as_you_go)|monthly=Monthly Pass|annual=Annual Pass|pay_as_you_go=Pay As You Go plan} is active

Hi {rider.first},
welcome to {operator:company}! Your pass runs from {start:date(abs)} to {end:date(+start,28,365)} and includes {free_minutes:int(30,60,d)} free minutes per ride. You've been charged {price:money(10,120)}.[[ Member ID: {member_id:id(@#######)}.]]`,
    },
    {
      id: 'bik.07',
      domain: 'bike_rental',
      text: `Hello, I rented the bike number {bike_no:id(####)} on {date:date(past,abs)}[[ at your station on {station:street}]] and I gave it back at the station on {~other_station:street}, but the app says the bike is not returned and now I paid {charged:money(20,200)}! The lock was closed, I am sure. Please give my money back. My account is {rider.email}. {rider.full}`,
    },
    {
      id: 'bik.08',
      domain: 'bike_rental',
      text: `[voicemail] hi, it's {renter.full}, I've got one of your {bike_type:enum(city,e_bike,cargo)|city=city bikes|e_bike=e-bikes|cargo=cargo bikes}, booking {booking:id(BK-#####)}, um we're stuck in {city}, the {breakdown:enum(battery,puncture,chain)|battery=battery is dead|puncture=back tyre is flat|chain=chain came off and won't go back on}, could someone come out?[[ We're on {street}.]] {swap_bike:bool|we'd like a swap so we can keep riding|otherwise we'll just end the rental early} call me on {renter.phone}`,
    },
    {
      id: 'pst.01',
      domain: 'post',
      text: `Your parcel {tracking:id(@@#########@@)} is in locker {locker:id(#####)} at {location:street}, {city}. Pickup code: {code:id(######)}. Collect by {collect_by:date(abs)} {collect_time:time(18,23)}[[, otherwise it goes back to the sender ({sender:company})]].`,
    },
    {
      id: 'pst.02',
      domain: 'post',
      text: `Sorry we missed you
Our driver called at {time:time(8,18)} with a {item_type:enum(parcel,letter,registered_letter)|registered_letter=registered letter} for {recipient.full}, but nobody was in.[[ {signature_required:bool|A signature is needed.|No signature needed.}]] Collect from {post_office:company}, {street}, from {from_date:date(abs)} (bring this card and photo ID), or rebook at {url} quoting {card_ref:id(@@#######)}.`,
    },
    {
      id: 'pst.03',
      domain: 'post',
      text: `Hello,
I missed a delivery on {missed:date(past,abs)} (card number {card_ref:id(#########)}). Could you redeliver on {date:date(abs)}?[[ I'm in after {after:time(12,18)}.]] {neighbour:bool|Otherwise it can go to a neighbour.;A neighbour can take it.|Please don't leave it with neighbours.}
Address: {street}, {postcode} {city}
{recipient.full}`,
    },
    {
      id: 'pst.04',
      domain: 'post',
      text: `{carrier:company}: Import duty of {duty:money(3,80)} plus a {handling:money(2,15)} handling fee is due on your parcel {tracking:id(CH#########)} from {country}. Please pay by {pay_by:date(abs)} at {url}, or it will be returned.[[ Declared value: {value:money(20,600)}.]]`,
    },
    {
      id: 'pst.05',
      domain: 'post',
      text: `PO Box agreement
Box no.: {box:int(100,9999,d)}
Post office: {post_office:company}, {city}
Holder: {holder.full}
Size: {box_size:enum(@size)|S=small|M=medium|L=large}
Period: {start:date(abs)} – {end:date(+start,180,365)}
Fee: {fee_total:money(40,250)}, paid[[
Keys issued: {keys_count:int(1,3)}]]`,
    },
    {
      id: 'pst.06',
      domain: 'post',
      text: `Hello, I want to send a parcel to my mother in {country}[[, about {weight:num(1,20,1)} kg]], inside are clothes and some presents for {value:money(30,300)}. Is possible {insured:bool|with insurance? I want insurance;with insurance|without insurance, just normal}, and how many days it takes? I can bring it on {date:date(abs)}. {sender.full}, {sender.phone}`,
    },
    {
      id: 'pst.07',
      domain: 'post',
      text: `Mail hold request
Name: {resident.full}
Address: {street}, {postcode} {city}
Hold from: {start:date(abs)}
Resume delivery: {end:date(+start,3,30)}
{deliver_all:bool|Deliver all held mail on the resume date|I will collect held mail from the post office}[[
Fee paid: {fee_total:money(5,30)}]]`,
    },
    {
      id: 'pst.08',
      domain: 'post',
      text: `[{sent:msgdate}] {~me.first}: there's a slip for you, parcel from {sender:company} waiting at the post office on {street}, you can get it from {from_date:date} till {collect_by:date(+from_date,5,10)}. need your ID + the code {code:id(####-####)}.[[ {grab:bool|I can grab it for you if you sign the back|can't pick it up for you this week sorry}]]`,
    },
    {
      id: 'gov.01',
      domain: 'government',
      text: `Appointment confirmation – passport application
Name: {applicant.full}
Service: {service_type:enum(new_passport,renewal,child_passport,lost)|new_passport=first adult passport|renewal=passport renewal|child_passport=child passport|lost=replacement for a lost passport}
Date/time: {date:date(abs)}, {time:time(8,16)}
Office: {office:company}, {street}, {city}
Fee: {fee_total:money(40,150)}, card only[[
Booking no. {booking:id(PA-#######)}]]`,
    },
    {
      id: 'gov.02',
      domain: 'government',
      text: `Dear {applicant.first} {applicant.last},

your appointment for a {visa_type:enum(tourist,student,work,family)|tourist=Schengen tourist visa|student=student visa|work=work visa|family=family reunion visa} at the visa centre in {city} is on {date:date(abs)} at {time:time(8,14)}. Please bring your passport[[ ({passport_no:id(@@#######)})]], {photos:int(1,2)} biometric photo(s) and proof of insurance. The visa fee of {visa_fee:money(60,200)} is paid on site.`,
    },
    {
      id: 'gov.03',
      domain: 'government',
      text: `ID card renewal – to bring ({date:date(abs)} at {time:time(8,15)}, town hall)
- old ID card (expires {id_expires:date(abs)})
- {photos:int(1,2)} photo(s), 35x45
- fee: {fee_total:money(20,80)}, cash
- {birth_cert:bool|birth certificate (they asked for it!)|no birth certificate needed this time}[[
- booking ref {booking:id(#######)}]]`,
    },
    {
      id: 'gov.04',
      domain: 'government',
      text: `Hello, I am {applicant.full} from {country}, I live in {city} since {moved:date(past,abs)}. My residence permit ends on {permit_expires:date(abs)} and I need to make a new one.[[ I work full time at {company}.]] Do I need an appointment? My case number is {case_no:id(##-#####/##)}. Please answer me to {applicant.email}. Thank you.`,
    },
    {
      id: 'gov.05',
      domain: 'government',
      text: `[voicemail] good morning, this is {~officer.first} from the {city} passport office calling {applicant.full} about application {application:id(P########)}, the photo you sent doesn't meet the requirements, {photo_problem:enum(shadow,glasses,background)|shadow=there's a shadow across the face|glasses=you're wearing glasses|background=the background isn't plain}, could you bring a new one to the counter by {deadline:date(abs)}?[[ we're open until {close_time:time(15,18)},]] thank you`,
    },
    {
      id: 'gov.06',
      domain: 'government',
      text: `Request for certified copy – birth certificate
Person named: {person.full}
Date of birth: {dob:date(birth)}
Place of birth: {city}
Copies: {copies:int(1,4)}
[[Purpose: {purpose:enum(passport,marriage,pension,other)}
]]Delivery: {delivery:enum(post,collect)|post=by post to the address on file|collect=collect in person}
Phone: {person.phone}`,
    },
    {
      id: 'gov.07',
      domain: 'government',
      text: `Subject: exchanging a foreign driving licence

Hi,
I moved here from {country} on {moved:date(past,abs)} and my licence (no. {licence_no:id(*********)}) is valid until {valid_until:date(+moved,60,1500)}. Can I exchange it without a test? I've been driving for {driving_years:int(2,30)} years, {categories:enum(car,car_motorbike)|car=car only|car_motorbike=car and motorbike}.[[ I'm free for an appointment any {weekday}.]]
Thanks, {applicant.full}`,
    },
    {
      id: 'gov.08',
      domain: 'government',
      text: `[{sent:msgdate}] don't forget your visa appt {date:date} at {time:time(8,15)} at the {country} embassy! bring your passport, the {~form:id(DS-###)} confirmation page and {photos:int(1,2)} photos.[[ fee's {visa_fee:money(80,200)} and they only take {payment:enum(@payment)|cash=cash;cash, exact amount|card=cards}.]] good luck!! {~me.first} x`,
    },
    {
      id: 'uni.01',
      domain: 'university',
      text: `Dear {applicant.full},

we are delighted to offer you a place on the {programme:enum(bsc_cs,ba_econ,msc_data,ma_design)|bsc_cs=BSc Computer Science|ba_econ=BA Economics|msc_data=MSc Data Science|ma_design=MA Graphic Design} starting {start:date(abs)}. This offer is {conditional:bool|conditional on your final results;conditional: you still need to meet the grades in your offer|unconditional}. Please accept by {accept_by:date(+start,-120,-30)} and pay the {deposit_amount:money(200,1000)} deposit.[[ Applicant ID: {applicant_id:id(#########)}.]]

Admissions Office`,
    },
    {
      id: 'uni.02',
      domain: 'university',
      text: `Hi,
I'm applying for the {programme:enum(bsc_cs,ba_econ,msc_data,ma_design)|msc_data=MSc in Data Science|ma_design=MA Graphic Design|bsc_cs=BSc Computer Science|ba_econ=BA Economics}, {intake:enum(autumn,spring)|autumn=September intake|spring=spring intake}, and have a question. My GPA is {gpa:num(2,4,1)}[[ and my IELTS is {ielts:num(6,9,1)}]]. Could I still apply after the {deadline:date(abs)} deadline, as my transcripts will arrive late?
{applicant.full}, {country}`,
    },
    {
      id: 'uni.03',
      domain: 'university',
      text: `Exam timetable – {student.full} ({student_id:id(########)})
{exams:rows(2,3)|<course> – <exam_date:date>}
Rooms and start times are on the exam board.[[
Bring your student card. Calculators: {calculator:bool|allowed (non-programmable)|not allowed}]]`,
    },
    {
      id: 'uni.04',
      domain: 'university',
      text: `Dear Examinations Office,

I missed my {course} exam on {date:date(past,abs)} because of {absence_reason}, and I have a doctor's note. Could I sit the resit on {resit:date(abs)}?[[ {fee_waiver:bool|I'd also ask you to waive the resit fee, given the circumstances.|I understand the resit fee applies.}]]

Student number {student_id:id(#######)}
{student.full}`,
    },
    {
      id: 'uni.05',
      domain: 'university',
      text: `Dear Sir or Madam, I finish my bachelor in {field:study_field} in {country} in {grad_month:month} and I want apply for the master in your university.[[ My average note is {gpa:num(7,10,1)} of 10.]] Is necessary the {lang_test:enum(ielts,toefl)|ielts=IELTS|toefl=TOEFL} or my B2 certificate is enough? Also I need {scholarship:bool|a scholarship, because my family cannot pay everything;a scholarship|no scholarship, my family pays}. {applicant.full}, {applicant.email}`,
    },
    {
      id: 'uni.06',
      domain: 'university',
      text: `Subject: Scholarship award

Dear {student.first},
congratulations! You have been awarded the {scholarship_name:enum(merit,access,sports)|merit=Dean's Merit Scholarship|access=Access Bursary|sports=Sports Scholarship} worth {award:money(1000,10000,k)} a year for {award_years:int(1,4)} years[[, paid in {instalments:int(2,3)} instalments]]. It renews as long as you pass all modules. Please confirm by {confirm_by:date(abs)}.

Student Funding Team`,
    },
    {
      id: 'uni.07',
      domain: 'university',
      text: `[{sent:msgdate}] {~me.first}: omg the {course} exam moved to {date:date}!! {time:time(9,14)} in {room_no:id(@###)}, not the sports hall. it's {open_book:bool|open book btw|closed book, no notes 😩}[[ and {duration_min:int(90,180,d)} min]]. revision session at the library {~day:weekday}?`,
    },
    {
      id: 'uni.08',
      domain: 'university',
      text: `Dear Prof. {supervisor.last},

I'd like to request an extension for my {thesis:enum(bachelor,master)} thesis, currently due on {due:date(abs)}. Because of {leave_reason} I lost about {lost_weeks:int(1,6)} weeks, so I'm asking for a new deadline of {new_deadline:date(+due,7,45)}.[[ {chapters_done:int(2,5)} of {~total_chapters:int(5,7)} chapters are drafted.]]

Best regards,
{student.full} ({student_id:id(########)})`,
    },
  ]),
};
