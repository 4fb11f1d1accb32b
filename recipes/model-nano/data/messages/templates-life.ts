// whole messages from everyday life: medical and vet appointments, school enrolment, real estate,
// insurance claims, event RSVPs.
import type { TemplateGroup } from './format';

export const LIFE: TemplateGroup = {
  name: 'life',
  unstated: {
    medical: ['insurance_number:id(@#########)', 'first_visit:bool|yes|no', 'dob:date(birth)'],
    vet: ['microchip:id(###############)', 'vaccinated:bool|yes|no'],
    school: ['sibling_enrolled:bool|yes|no', 'student_id:id(S######)', 'allergies:list(allergy,0,2)|none'],
    real_estate: ['floor:int(0,12)', 'furnished:bool|yes|no', 'energy_class:enum(A,B,C,D,E)'],
    insurance: ['police_report:bool|yes|no', 'witness.full', 'deductible:money(100,1000)'],
    rsvp: ['song_request:song', 'plus_one.full', 'needs_parking:bool|yes|no'],
  },
  templates: [
    {
      id: 'med.01',
      domain: 'medical',
      text: `Dear Dr. {~doctor.last},

I'd like to make an appointment for my {relation:enum(son,daughter,husband,wife,mother,father)}, {patient.full} (born {dob:date(birth)}). {patient.first} has had {symptom} for about {weeks:int(2,6)} weeks. [[We could come {preferred:date(abs)}, ideally in the morning. ]]{patient.first} is insured with {insurer:company}.

Kind regards,
{~parent.full}
{contact.phone}`,
    },
    {
      id: 'med.02',
      domain: 'medical',
      text: `Reminder: your appointment with Dr. {doctor.full} ({specialty}) is on {date:date(abs)} at {time:time(8,18)}, {street}, {city}. Please arrive {early:int(5,20,d)} minutes early and bring your insurance card. To cancel call {clinic.phone}.`,
    },
    {
      id: 'med.03',
      domain: 'medical',
      text: `[voicemail] hello this is {patient.full} date of birth {dob:date(birth)} I have an appointment on {~old_date:date(abs)} but I can't make it um could I have something on {date:date(abs)} instead afternoon is better you can reach me at {patient.phone} thanks`,
    },
    {
      id: 'med.04',
      domain: 'medical',
      text: `Good morning, I need appointment with doctor for {symptom}. Is more than {days:int(3,20)} days now. I am free {date:date(abs)} after {time:time(12,17)}. My name is {patient.full}, born {dob:date(birth)}, my insurance is {insurer:company}. Thank you.`,
    },
    {
      id: 'med.05',
      domain: 'medical',
      text: `hi, could I get a refill of my {medication} {dose:int(5,500,d)} mg? I have {left:int(2,7)} days left. same pharmacy as always ({pharmacy:company} on {street}). thanks – {patient.first} {patient.last}, DOB {dob:date(birth)}`,
    },
    {
      id: 'med.06',
      domain: 'medical',
      text: `Referral
Patient: {patient.full}, DOB {dob:date(birth)}
To: {specialty} – Dr. {doctor.full}
Reason: {symptom}, not improving with treatment
Urgency: {urgency:enum(routine,soon,urgent)|routine=routine|soon=within 2 weeks|urgent=urgent}
Referring GP: {~gp.full}`,
    },
    {
      id: 'med.07',
      domain: 'medical',
      text: `Sent: {sent:msgdate}
Hi, this is {patient.full}. I need to cancel my appointment {date:date} at {time:time(8,18)} with Dr. {doctor.last} – {cancel_reason:enum(sick,work,travel)|work=work came up;I have a work trip|travel=I'm travelling|sick=I'm sick myself, ironically}. {rebook:bool|Could you book me in for next week instead?;Please rebook me.|I'll call to rebook later.;No need to rebook for now.}`,
    },
    {
      id: 'vet.01',
      domain: 'vet',
      text: `Hi, I'd like to book a check-up for our {species:pet_kind} {pet_name} ({age:int(2,15)} years old). {vaccines:bool|She's due for her vaccinations too.;Vaccines as well please.|Vaccinations are up to date.;No vaccines needed this time.} Any time {date:date(abs)} works. {owner.full}, {owner.phone}`,
    },
    {
      id: 'vet.02',
      domain: 'vet',
      text: `[{sent:msgdate}] {owner.first}: our {species:pet_kind} {pet_name} ate something weird and has been throwing up since {since:time(6,22)}. can you see him {date:date}? he's {weight:num(2,40,1)} kg`,
    },
    {
      id: 'sch.01',
      domain: 'school',
      text: `Dear Admissions Office,

we are moving to {city} and would like to enrol our daughter {child.full} (born {dob:date(birth,child)}) in {grade} at {school} from {start:date(abs)}. She currently attends {~old_school:school}. Could you let us know if there's a place?

Best regards,
{parent.full}
{parent.email}`,
    },
    {
      id: 'sch.02',
      domain: 'school',
      text: `After-school club sign-up
Child: {child.first} {child.last}, {grade}
Clubs: {clubs:list(subject,1,3)}
Days: {days:list(weekday,1,3)}
Pick-up by: {pickup_person:full}
[[Lunch: {lunch:bool|school lunch;yes|packed lunch;no}
]]Parent phone: {parent.phone}`,
    },
    {
      id: 'sch.03',
      domain: 'school',
      text: `Sent: {sent:msgdate}
Dear {~teacher.last}, {child.first} will be absent {date:date} because of {reason:absence_reason}. [[He should be back {back:date(+date,1,3)}. ]]Apologies, {parent.full}`,
      keys: { reason: ['reason', 'absence reason', 'why'] },
    },
    {
      id: 'sch.04',
      domain: 'school',
      text: `Hello, we are family from {country} and now we live in {city}. Our son {child.full} have {age:int(5,16)} years and we want that he go to your school. He speak {language:spoken_language} and little English. Is possible to visit the school? Our telephone is {parent.phone}. Thank you, {parent.full}`,
    },
    {
      id: 'sch.05',
      domain: 'school',
      text: `Dear {parent.full},

we are pleased to confirm that {child.full} has a place in {grade} at {school}, starting {start:date(abs)}. Please complete the registration form by {deadline:date(+start,-40,-10)}. The term fee is {fee:money(100,4000)}.

{~head.full}
Head of Admissions`,
    },
    {
      id: 'sch.06',
      domain: 'school',
      text: `hi! I'm {student.full} (student no. {student_id:id(#######)}). could I still register for {courses:list(course,1,3)} this semester? the portal closed on {closed:date(past,abs)} and I was sick that week. thanks!!`,
    },
    {
      id: 're.01',
      domain: 'real_estate',
      text: `For rent: bright {bedrooms:int(1,4)}-bedroom {property:property_type} in {city}, {area:int(35,140,d)} m². Rent {rent:money(600,2800,r)} per month plus {deposit_months:int(2,3)} months' deposit. Available from {available:date(abs)}. {pets:bool|Pets welcome.;Pets are fine.|No pets, sorry.;No pets allowed.} Features: {amenities:list(amenity,1,3)}. Call {agent.full} on {agent.phone}.`,
    },
    {
      id: 're.02',
      domain: 'real_estate',
      text: `Hi {~landlord.first},

I saw your ad for the {property:property_type} on {street}. Is it still available? I'm {tenant.full}, I work as a {job:job_title}, and I'd like to move in around {move_in:date(abs)}. Could I view it this week? {pets:bool|I have a cat, I hope that's ok.;I have one small dog.|No pets, non-smoker.;I don't have any pets.}

{tenant.phone}`,
    },
    {
      id: 're.03',
      domain: 'real_estate',
      text: `{bedrooms:int(1,5)}br {property:property_type}, {city}. {area:int(30,160,d)}m2, {rent:money(500,3000,r)}/mo, avail {available:date(abs)}. {furnished:bool|furnished|unfurnished}. txt {agent.phone}`,
    },
    {
      id: 're.04',
      domain: 'real_estate',
      text: `Hi, the {problem:repair_issue} in flat {flat:id(#@)}, {street} still isn't fixed. It's been {days:int(3,30)} days. {urgent:bool|It's getting worse and we have a baby at home, please send someone today.;This is urgent now.|It's not an emergency but please schedule a visit.;No emergency, but please fix it soon.} I'm home after {after:time(14,19)}. {tenant.full}`,
    },
    {
      id: 're.05',
      domain: 'real_estate',
      text: `Dear {agent.full},

following our viewing of {street}, {city}, we'd like to make an offer of {offer:money(150000,900000,k)}, {~asking:money(150000,900000,k)} being the asking price. The offer is {conditional:bool|subject to a survey and mortgage approval;conditional on financing|unconditional;cash, no conditions}. We could complete by {completion:date(abs)}.

Kind regards,
{buyer.full}`,
    },
    {
      id: 're.06',
      domain: 'real_estate',
      text: `Fwd: Listing #{listing:id(######)}

> {property:property_type} · {bedrooms:int(1,5)} bed · {bathrooms:int(1,3)} bath
> {street}, {postcode} {city}
> Price: {price:money(100000,1200000,k)}
> Agent: {agent.full} – {agent.email}

What do you think? Viewing {viewing:date(abs)} at {time:time(10,18)}? – {~partner.first}`,
    },
    {
      id: 're.07',
      domain: 'real_estate',
      text: `Hello, I am interesting for the {property:property_type} in {city} from your announce. I am student and I search for {months:int(3,12)} months, start {move_in:date(abs)}. My budget maximum {budget:money(300,1200)}. Is possible visit? My whatsapp {tenant.phone}. Regards, {tenant.first}`,
    },
    {
      id: 'ins.01',
      domain: 'insurance',
      text: `Claim notification – policy {policy:id(POL-########)}

On {date:date(past,abs)} at around {time:time(7,22)} my car (plate {plate}) was hit by another vehicle ({~other_plate:plate}) at a junction in {city}. Damage: {damage}. {police:bool|The police attended and made a report.;Police report attached.|No police were called.;We did not call the police.}

{claimant.full}, {claimant.phone}`,
    },
    {
      id: 'ins.02',
      domain: 'insurance',
      text: `Hello,
I'd like to report {damage:home_damage} at {street}, {city} discovered {date:date(past,abs)}. A plumber estimated the repair at {estimate:money(200,8000)}. Home policy {policy:id(HP-#######)}, holder {claimant.full}. Photos attached.`,
    },
    {
      id: 'ins.03',
      domain: 'insurance',
      text: `Travel claim
Policy: {policy:id(TR-######)}
Trip: {destination:city}, {start:date(past,abs)} – {end:date(+start,3,14)}
What happened: suitcase lost on flight {flight}
Items: {items:list(bag_item,1,4)}
Amount claimed: {amount:money(100,2500)}
Name: {claimant.full}`,
    },
    {
      id: 'ins.04',
      domain: 'insurance',
      text: `[call transcript] hi I need to make a claim um my {stolen:stolen_item} was stolen from my car {date:date(past,abs)} in {city} I've got the police reference it's {police_ref:id(@@/#####/##)} policy number {policy:id(########)} and my name's {claimant.full}`,
    },
    {
      id: 'ins.05',
      domain: 'insurance',
      text: `Dear {claimant.full},

regarding claim {claim:id(CLM-######)} of {date:date(past,abs)}: we have {decision:enum(approved,partially_approved,rejected)|approved=approved your claim in full|partially_approved=approved part of your claim}. {payout:money(0,5000)} will be paid to your account within {days:int(3,14)} days.

{insurer:company} Claims Team`,
    },
    {
      id: 'ins.06',
      domain: 'insurance',
      text: `Good day, my phone {phone_model} is fall in the water on {date:date(past,abs)} and now not working. I have insurance with you, number {policy:id(@@######)}. I buy the phone {bought:date(past,abs)} for {price:money(200,1500)}. What I must do? {claimant.full}`,
    },
    {
      id: 'rsvp.01',
      domain: 'rsvp',
      text: `Dear {~host1.first} & {~host2.first},

{attending:bool|we'd be delighted to come to your wedding!;we will be there with bells on!|we're so sorry, but we can't make it to the wedding.;unfortunately we won't be able to attend.} [[?attending We'll be {guests:int(2,5)} including the kids. ]][[?attending Menu: {meal:enum(meat,fish,vegetarian)|meat=the beef;meat for both|fish=the fish please|vegetarian=vegetarian for all of us}.]]

Love,
{guest.full}`,
    },
    {
      id: 'rsvp.02',
      domain: 'rsvp',
      text: `re {event_name} on {date:date(abs)}: {attending:bool|count me in!!;yesss I'm in;wouldn't miss it|can't make it this time 😢;gonna have to skip this one, sorry} – {guest.first}`,
    },
    {
      id: 'rsvp.03',
      domain: 'rsvp',
      text: `Hi {~organizer.first},
thanks for the invite to {event_name} on {date:date(abs)}. I'll be there, and I'm bringing {plus_one.full} as my plus-one if that's OK. We're both {diet:enum(@diet)|vegetarian=vegetarian|vegan=vegan|none=happy to eat anything}.
{guest.full}`,
    },
    {
      id: 'rsvp.04',
      domain: 'rsvp',
      text: `Registration – {event_name}
Name: {attendee.full}
Company: {company}
Email: {attendee.email}
Sessions: {sessions:bullets(session,1,3)}
Dinner: {dinner:bool|yes|no}`,
    },
    {
      id: 'rsvp.05',
      domain: 'rsvp',
      text: `[voicemail] hey it's {guest.first} just calling about {event_name} on {date:date(abs)} {attending:bool|yeah we're coming|sorry we can't come} [[?attending we'll be {guests:int(2,6)} people um {child_count:int(1,2)} of them kids ]]bye`,
    },
    {
      id: 'rsvp.06',
      domain: 'rsvp',
      text: `Hello, thank you very much for invitation. I am happy to confirm that I will come to {event_name} with my wife, so we are {guests:int(2,2,d)} persons. We don't eat {allergy}. See you on {date:date(abs)}! {guest.full}`,
    },
    {
      id: 'rsvp.07',
      domain: 'rsvp',
      text: `🎈 {child.first} is turning {age:int(3,12)}! 🎈
Join us on {date:date(abs)} from {time:time(10,13)} to {end_time:time(15,18)}
at {venue:company}, {street}, {city}.
Please RSVP by {rsvp_by:date(+date,-14,-3)} to {parent.full} ({parent.phone}).`,
    },
  ],
};
