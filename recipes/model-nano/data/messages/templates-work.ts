// whole messages about work: calendar and meetings, HR leave, job postings, recruiting.
import type { TemplateGroup } from './format';

export const WORK: TemplateGroup = {
  name: 'work',
  unstated: {
    calendar: ['recurring:bool|yes|no', 'agenda:url', 'duration_minutes:int(15,120)'],
    hr_leave: ['half_day:bool|yes|no', 'employee_id:id(E#####)', 'approver.full'],
    job_posting: ['deadline:date', 'visa_sponsorship:bool|yes|no', 'reference:id(JOB-####)'],
    recruiting: ['notice_period:int(0,12)', 'linkedin:url', 'relocation:bool|yes|no'],
  },
  templates: [
    {
      id: 'cal.01',
      domain: 'calendar',
      text: `Hi all,

let's meet on {date:date(abs)} at {time:time(8,17)} in {room:meeting_room} to go over {topic}. Should take about {duration:int(15,90,d)} minutes. I've invited {attendees:list(first,1,4)}[[ — {optional_attendee.first} is optional]].

{organizer.full}`,
    },
    {
      id: 'cal.02',
      domain: 'calendar',
      text: `[{sent:msgdate}] {organizer.first}: hey, can we move our 1:1 from {~old_date:date} to {date:date} at {time:time(9,17)}? something came up. same link: {url}`,
    },
    {
      id: 'cal.03',
      domain: 'calendar',
      text: `Invitation: {meeting:meeting_title}
When: {date:date(abs)}, {time:time(8,12)} – {end_time:time(13,18)}
Where: {location:meeting_room}[[ / video: {url}]]
Organizer: {organizer.full} <{organizer.email}>
Guests:
{guests:bullets(email,1,4)}`,
      keys: { guests: ['guests', 'invitees', 'attendees'] },
    },
    {
      id: 'cal.04',
      domain: 'calendar',
      text: `[voice memo] note to self… call {contact.full} back {date:date(abs)} at {time:time(8,18)} about the {topic}, their number is {contact.phone} and uh don't forget to bring the contract`,
    },
    {
      id: 'cal.05',
      domain: 'calendar',
      text: `Sent: {sent:msgdate}
FYI standup moves to {time:time(8,11)} {date:date} in {room:meeting_room} ({~old_room:meeting_room} is booked). {remote_ok:bool|dial-in still works if you're remote;remote folks join via the usual link|please be there in person;no dial-in this time}.`,
    },
    {
      id: 'cal.06',
      domain: 'calendar',
      text: `Dear Mr. {contact.last},

I would like to propose a meeting for discuss the {topic}. Is it possible for you the {date:date(abs)} at {time:time(9,17)}? Our office is in {city}, or also by video is possible, how you prefer.

With kind regards
{organizer.full}
{company}`,
    },
    {
      id: 'cal.07',
      domain: 'calendar',
      text: `> Can we do {~proposed_date:date(abs)}?
> Not that day, sorry – how about {date:date(abs)}?

{date:date(abs)} works. Let's say {time:time(9,17)} at {location:company}'s office, {street}. I'll bring {~colleague.first}.
{organizer.first}`,
    },
    {
      id: 'cal.08',
      domain: 'calendar',
      text: `You're registered! 🎉
Webinar: {webinar:meeting_title}
Date: {date:date(abs)}
Time: {time:time(9,19)} ({timezone:tz})
Join link: {url}
Hosted by {host.full}, {company}`,
    },
    {
      id: 'cal.09',
      domain: 'calendar',
      text: `Re: {meeting:meeting_title} on {date:date(abs)}

{attending:bool|I'll be there.;Count me in.;Accepted, see you then.|Sorry, can't make it that day.;I have to decline, I'm travelling.;Won't make it, sorry.} [[!attending {delegate.first} will join instead. ]]– {attendee.full}`,
    },
    {
      id: 'hr.01',
      domain: 'hr_leave',
      text: `Hi {~manager.first},

would it be ok to book {leave_type:enum(@leave)|vacation=annual leave;a few days of holiday|unpaid=some unpaid leave|parental=parental leave} between {start:date(abs)} and {end:date(+start,1,15)}? It's for {reason:leave_reason}. {backup.full} said they'd keep an eye on my tickets while I'm off.

Thanks,
{employee.full}`,
    },
    {
      id: 'hr.02',
      domain: 'hr_leave',
      text: `[{sent:msgdate}] {employee.first}: morning, I woke up with a fever so I'm calling in sick {start:date(+sent,0,1)}. {back:bool|should be back tomorrow;hope to be in tomorrow|might be out the rest of the week;not sure when I'll be back}. {handover:list(first,1,2)} can cover the client calls`,
      keys: { back: ['back tomorrow', 'returns next day', 'expected back tomorrow'] },
    },
    {
      id: 'hr.03',
      domain: 'hr_leave',
      text: `Hello {~manager.first},
I want to ask if I can take holiday from {start:date(abs)} until {end:date(+start,2,20)}. I go to visit my family in {country}. The project {project:id(PRJ-###)} will be finish before. Thank you,
{employee.full}`,
    },
    {
      id: 'hr.04',
      domain: 'hr_leave',
      text: `---------- Forwarded message ---------
From: {manager.full}
Approved ✅ – enjoy!

> Leave request #{request:id(LR-#####)}
> Employee: {employee.full}
> Type: {leave_type:enum(@leave)}
> Dates: {start:date(abs)} – {end:date(+start,1,12)}

Please update the rota, thanks.`,
    },
    {
      id: 'hr.05',
      domain: 'hr_leave',
      text: `Dear HR,

I'm writing to let you know that I'll take {leave_type:enum(@leave)|parental=parental leave;paternity leave|unpaid=unpaid leave} starting {start:date(abs)}, returning on {end:date(+start,30,120)}. I'd like to come back {part_time:bool|part-time for the first month;at 60% for a while|full-time straight away;full-time}.

Best,
{employee.full}, {department}`,
    },
    {
      id: 'hr.06',
      domain: 'hr_leave',
      text: `Time-off request
* Name: {employee.full}
* Team: {department}
* From: {start:date(abs)}
* To: {end:date(+start,0,10)}
* Type: {leave_type:enum(@leave)}
[[* Cover: {backup.full}
]]* Notes: {reason:leave_reason}`,
    },
    {
      id: 'hr.07',
      domain: 'hr_leave',
      text: `[voicemail] hi {~manager.first} it's {employee.first} um I'm not gonna make it in today I've got {symptom} and the doctor said to rest for {days:int(2,5)} days I'll send the sick note to {hr.email} ok sorry bye`,
    },
    {
      id: 'hr.08',
      domain: 'hr_leave',
      text: `Sent: {sent:msgdate}
hey, ok if I leave at {time:time(12,15)} {date:date}? dentist appointment. will make up the hours {makeup:date(+date,1,6)}. – {employee.first}`,
    },
    {
      id: 'job.01',
      domain: 'job_posting',
      text: `{company} is hiring a {title:job_title} in {city}!
We offer {salary_min:money(30000,70000,k)}–{salary_max:money(70000,140000,k)} a year, {employment:enum(@employment)} and {remote:bool|remote-friendly;fully remote possible|on-site;office-based, no remote}.
You know: {skills:list(skill,2,4)}.
Apply at {url}`,
    },
    {
      id: 'job.02',
      domain: 'job_posting',
      text: `We're growing 🚀 Looking for a {title:job_title} to join {company}'s team in {city} ({remote:bool|hybrid, 2 days in the office;remote ok|on-site}). {employment:enum(@employment)|full_time=Full-time|contract=6-month contract|part_time=Part-time, 20h/week}. DM me or send your CV to {recruiter.email}!`,
    },
    {
      id: 'job.03',
      domain: 'job_posting',
      text: `Hi {~candidate.first},

I'm {recruiter.full}, a recruiter at {company}. Your profile caught my eye – we have an opening for a {title:job_title} ({employment:enum(@employment)}) based in {city}. The range is {salary_min:money(40000,80000,k)} to {salary_max:money(80000,150000,k)} plus {perks:list(perk,1,2)}. Open to a quick chat this week?

Best,
{recruiter.first}`,
    },
    {
      id: 'job.04',
      domain: 'job_posting',
      text: `Internship offer!! Our company {company} search one intern for {months:int(3,12)} months in {city}, start {start:date(abs)}. You study {field:study_field} and speak {language:spoken_language}. Payment {stipend:money(500,1800,r)} per month. Send CV to {contact.email}`,
    },
    {
      id: 'job.05',
      domain: 'job_posting',
      text: `JOB: {title:job_title}
WHERE: {city}, {country}[[ (relocation help available)]]
TYPE: {employment:enum(@employment)}
PAY: up to {salary_max:money(50000,160000,k)}
MUST HAVE:
{skills:bullets(skill,2,5)}
APPLY: {url}`,
    },
    {
      id: 'job.06',
      domain: 'job_posting',
      text: `hey {~friend.first}! my team at {company} is looking for a {title:job_title}, thought of you. {remote:bool|it's remote;fully remote btw|you'd have to be in the office though;on-site only sadly}. pay is around {salary:money(40000,120000,k)}. want me to refer you? the posting is {url}`,
    },
    {
      id: 'job.07',
      domain: 'job_posting',
      text: `Fwd: New job match

{title:job_title} – {company}
{city} · {employment:enum(@employment)} · {salary_min:money(30000,60000,k)}-{salary_max:money(60000,120000,k)}
Posted {posted:date(past,abs)} · {applicants:int(5,300,d)} applicants
Skills: {skills:list(skill,2,4)}

Thought this could be interesting for you! – {~sender.first}`,
    },
    {
      id: 'rec.01',
      domain: 'recruiting',
      text: `Dear Hiring Team,

please find attached my application for the {position:job_title} position (ref. {reference:id(JOB-####)}). I'm currently at {current_employer:company} with a notice period of {notice:int(2,3)} months, so I could start {available:date(abs)}. My salary expectation is {expected_salary:money(40000,120000,k)}.

Kind regards,
{candidate.full}
{candidate.phone}`,
    },
    {
      id: 'rec.02',
      domain: 'recruiting',
      text: `Hi {candidate.first},

great news – we'd like to invite you to a {format:enum(video,onsite,phone)|video=video interview;call on Zoom|onsite=interview at our office;in-person interview|phone=phone interview} on {date:date(abs)} at {time:time(9,17)} with {interviewer.full}[[ (link: {url})]]. Please confirm by replying to this email.

Best,
{~recruiter.first}, {company} Talent Team`,
    },
    {
      id: 'rec.03',
      domain: 'recruiting',
      text: `Offer summary for {candidate.full}
Role: {title:job_title}
Start date: {start:date(abs)}
Base salary: {salary:money(35000,150000,k)} / year
Bonus: {bonus:pct(5,20)}
{employment:enum(@employment)}, {city} office
Reply by {deadline:date(+start,-30,-7)}`,
    },
    {
      id: 'rec.04',
      domain: 'recruiting',
      text: `Hi {~recruiter.first},

thank you so much for the offer for the {title:job_title} role. {accepted:bool|I'm delighted to accept!;I'm happy to accept and can't wait to start.|After a lot of thought, I've decided to decline.;I'm afraid I have to turn it down, I've accepted another offer.} [[I can start on {start:date(abs)}.]]

Best wishes,
{candidate.full}`,
    },
    {
      id: 'rec.05',
      domain: 'recruiting',
      text: `Reference call – {candidate.full}
Spoke to {referee.full} ({referee.title:job_title} at {company}), worked together {years:int(2,8)} years. Strengths: {strengths:list(strength,1,3)}. Would hire again: {rehire:bool|yes, without hesitation;yes|probably not;no}.`,
    },
    {
      id: 'rec.06',
      domain: 'recruiting',
      text: `interview feedback {candidate.full} / {position:job_title}
overall {score:int(1,5,d)}/5. strong on {strengths:list(strength,1,2)}, weaker on system design. {hire:bool|I'd hire.;Hire.;Move to next round.|No hire.;Not a fit for now.;I'd pass.} – {interviewer.first}`,
    },
  ],
};
