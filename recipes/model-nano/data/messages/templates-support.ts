// whole messages about things that break: support tickets, bug reports, IoT alerts, IT requests.
import type { TemplateGroup } from './format';

export const SUPPORT: TemplateGroup = {
  name: 'support',
  unstated: {
    support: ['ticket:id(CS-#####)', 'priority:enum(@priority)', 'callback:bool|yes|no'],
    bug_report: ['assignee.full', 'regression:bool|yes|no', 'component:component'],
    iot: ['firmware:version', 'acknowledged:bool|yes|no', 'site:city'],
    it_support: ['asset_tag:id(IT-#####)', 'priority:enum(@priority)', 'manager.email'],
  },
  templates: [
    {
      id: 'sup.01',
      domain: 'support',
      text: `Hello support,

since this morning {issue}. My account is {account.email}, we're on the {plan} plan with {seats:int(2,200,d)} seats. {priority:enum(@priority)|high=Our whole team is blocked, so this is urgent.;Please treat this as urgent, we have a deadline today.|medium=Not critical but we need it fixed this week.|low=No rush, whenever you get a chance.;It's not urgent.}

Thanks,
{customer.full}
{company}`,
    },
    {
      id: 'sup.02',
      domain: 'support',
      text: `Chat transcript
Customer: hi my order {order:id(#######)} never arrived
Agent {~agent.first}: Sorry to hear that! Can you confirm the postcode?
Customer: {postcode}
Agent {~agent.first}: Thanks. I've opened case {ticket:id(CS-#####)} and we'll {resolution:enum(reship,refund)|reship=send a replacement today|refund=refund you in full}.`,
    },
    {
      id: 'sup.03',
      domain: 'support',
      text: `New ticket
From: {customer.full} <{customer.email}>
Product: {product}
Category: {category:enum(billing,technical,shipping,account)}
Priority: {priority:enum(@priority)}
Message: "{issue}"`,
      keys: { category: ['category', 'ticket category', 'type'] },
    },
    {
      id: 'sup.04',
      domain: 'support',
      text: `THIS IS THE THIRD TIME I'M WRITING!!! {issue} and nobody answers. Ticket {ticket:id(#####)}. I pay {price:money(10,200)} a month for this. Call me TODAY on {customer.phone} or I cancel. {customer.full}`,
    },
    {
      id: 'sup.05',
      domain: 'support',
      text: `Hello, I cannot enter in my account since {since:date(past,abs)}. The system say my password is wrong but I am sure is correct. My user is {username} and email {customer.email}. Please help, is important for my work. {customer.first}`,
    },
    {
      id: 'sup.06',
      domain: 'support',
      text: `[call transcript] yeah hi my internet's been down since like {since:time(6,22)} this morning we're at {street} in {city} the account's under {customer.full} customer number {account:id(########)} I work from home so uh {priority:enum(@priority)|high=I really need this fixed today;it's urgent|medium=sometime tomorrow would be ok} thanks`,
    },
    {
      id: 'sup.07',
      domain: 'support',
      text: `Subject: Cancel my subscription

Hi,
please cancel my {plan} subscription (account {account.email}) effective {end:date(abs)}. Reason: {cancel_reason}. {refund:bool|I'd appreciate a refund for the unused months.;Please refund the rest of the year.|No refund needed.;Don't worry about a refund.}
{customer.full}`,
    },
    {
      id: 'sup.08',
      domain: 'support',
      text: `FYI, escalating – see below.

----- Original message -----
From: {customer.full}
Sent: {sent:msgdate}
Subject: Re: [{ticket:id(#######)}] still broken

It's been {days:int(2,14)} days and {issue}. Your colleague {~agent.full} promised a fix by {promised:date}.`,
    },
    {
      id: 'sup.09',
      domain: 'support',
      text: `hi team, love the app! small wishlist: {features:list(feature,1,3)}. {priority:enum(@priority)|low=not urgent at all, whenever you get a chance;no rush|medium=would be nice for next quarter} :) — {customer.first} @ {company}`,
    },
    {
      id: 'bug.01',
      domain: 'bug_report',
      text: `**Bug**: {summary:issue}
**Version**: {version}
**OS / browser**: {os}, {browser}
**Severity**: {severity:enum(@severity)}
**Reproducible**: {reproducible:bool|always;yes, every time|only once;no, happened once}
**Steps**: log in, open settings, click Save.
Reported by {reporter.full}`,
    },
    {
      id: 'bug.02',
      domain: 'bug_report',
      text: `@here {service:service_name} is down in prod!!! errors started at {since:time(0,23)}, ~{error_rate:pct(5,100)} of requests failing. {~oncall.first} is looking at it. {severity:enum(@severity)|critical=customers can't check out;total outage|major=checkout is slow but works;degraded}`,
    },
    {
      id: 'bug.03',
      domain: 'bug_report',
      text: `QA – build {build:id(####)}
- Area: {component}
- Found by: {reporter.first}
- Device: {device_model:phone_model}, {os}
- Expected: page loads
- Actual: {summary:issue}
[[- Blocker for release: {blocker:bool|yes|no}
]]`,
    },
    {
      id: 'bug.04',
      domain: 'bug_report',
      text: `Hi,

I think I found a bug in {product_name:app_name} {version}: when I export a report with more than {rows:int(100,5000,d)} rows, {summary:issue}. I'm on {os}. Happy to send a screen recording.

Cheers,
{reporter.full}`,
    },
    {
      id: 'bug.05',
      domain: 'bug_report',
      text: `Crash report
App: {product_name:app_name} {version} (build {build:id(#####)})
Device: {device_model:phone_model}
Error: {error_code:id(E-####)}
Occurrences: {count:int(1,500,d)} in the last 24h
Users affected: {users:int(1,300,d)}`,
    },
    {
      id: 'bug.06',
      domain: 'bug_report',
      text: `Regression: this worked fine in {~old_version:version}, but since {version} {summary:issue}. Tested on {browser}. Assigning to {assignee.full} since it's in {component}. {severity:enum(@severity)|major=Major, a lot of users hit it.|minor=Minor, there's a workaround.}`,
    },
    {
      id: 'bug.07',
      domain: 'bug_report',
      text: `Hello developers, I use your program version {version} on {os}. When I click on "Export" then {summary:issue}. I try {attempts:int(2,6)} times, always same. Before it work good. Please repair. {reporter.full}, {city}`,
    },
    {
      id: 'iot.01',
      domain: 'iot',
      text: `ALERT: {device} in {room_name} reports {reading:num(30,95,1)}°C (threshold {threshold:int(25,60,d)}°C) at {time:time(0,23)}. Device ID {device_id:id(SN-******)}. Battery {battery:pct(5,100)}.`,
    },
    {
      id: 'iot.02',
      domain: 'iot',
      text: `⚠️ Water detected! Leak sensor {device_id:id(WL-####)} ({room_name}) triggered at {time:time(0,23)} on {date:date(abs)}. Valve {valve_closed:bool|closed automatically;was shut off|could not be closed;is still open}. Check {street} asap.`,
    },
    {
      id: 'iot.03',
      domain: 'iot',
      text: `{date:date(abs)} {time:time(0,23)} WARN gw={gateway:id(GW-####)} dev={device_id:id(****-****)} type={device} temp={reading:num(-25,10,1)} limit={threshold:int(-20,8,d)} door_open={door_open:bool|true|false} site={city}`,
    },
    {
      id: 'iot.04',
      domain: 'iot',
      text: `Weekly report – {site:company}, {city}

Average temperature {average:num(16,26,1)}°C, max {max:num(20,35,1)}°C. {alerts:int(2,12)} alerts this week. Sensor {device_id:id(SN-******)} battery at {battery:pct(1,40)}, please replace {replace_by:date(abs)}.`,
    },
    {
      id: 'iot.05',
      domain: 'iot',
      text: `Tech visit {date:date(past,abs)} – {technician.full}
Site: {street}, {city}
Replaced battery on {device} {device_id:id(SN-******)} (was {~old_battery:pct(0,15)}, now {battery:pct(90,100)}).
Recalibrated: {recalibrated:bool|yes|no}
Next visit in {months:int(3,12)} months.`,
    },
    {
      id: 'iot.06',
      domain: 'iot',
      text: `hey the thermostat in the {room_name} says {reading:num(14,19,1)} degrees but it's set to {target:int(19,24,d)}. heating {heating_on:bool|is running;seems to be on|isn't even on;won't turn on}. can someone check? {resident.first}, flat {flat:id(#@)}`,
    },
    {
      id: 'iot.07',
      domain: 'iot',
      text: `Fwd: [ESCALATION] No response to alarm

{device} at {site:company} ({city}) has been in alarm since {since:time(0,23)}. First contact {~contact1.full} did not answer. Escalating to {contact.full}, {contact.phone}.`,
    },
    {
      id: 'it.01',
      domain: 'it_support',
      text: `Hi IT,

{employee.full} joins the {department} team on {start:date(abs)}. Could you prepare a {laptop:laptop_model} with {software:list(software,1,4)}? [[They'll need a second monitor too. ]]Please also set up {employee.email}.

Thanks,
{manager.full}`,
    },
    {
      id: 'it.02',
      domain: 'it_support',
      text: `[chat] locked out of my account again 🙄 username {username}, can you reset? I'm at a customer site so text the temp password to {employee.phone} pls. {priority:enum(@priority)|high=need it in the next 10 min;urgent, demo starts soon|medium=by lunch is fine}`,
    },
    {
      id: 'it.03',
      domain: 'it_support',
      text: `Access request
User: {employee.full} ({employee.email})
System: {system:software}
Role: {role:enum(viewer,editor,admin)}
Until: {expires:date(abs)}
Manager approval: {approved:bool|attached;yes, see thread|pending;not yet}`,
    },
    {
      id: 'it.04',
      domain: 'it_support',
      text: `[voicemail] hi it's {employee.first} from {department} um the VPN keeps dropping every few minutes since I updated to {os} I'm on laptop {asset:id(IT-#####)} could someone call me back on {employee.phone} thanks`,
    },
    {
      id: 'it.05',
      domain: 'it_support',
      text: `Return of equipment – {employee.full}, last day {last_day:date(abs)}:
Laptop {asset:id(IT-#####)} and:
{items:bullets(equipment,1,3)}
Courier pickup at {street}, {city} between {from:time(8,12)} and {until:time(13,18)}.`,
    },
    {
      id: 'it.06',
      domain: 'it_support',
      text: `Sent: {sent:msgdate}
Printer on floor {floor:int(1,9,d)} ({printer:id(PRN-###)}) is jammed again and shows error {error_code:id(E-####)}. {~colleague.first} tried turning it off and on. Can someone come by {date:date}? {reporter.full}`,
    },
  ],
};
