// whole messages about going places: flights, hotels, car rental, restaurant bookings.
import type { TemplateGroup } from './format';

export const TRAVEL: TemplateGroup = {
  name: 'travel',
  unstated: {
    flights: ['frequent_flyer:id(@@#########)', 'checked_bags:int(0,3)', 'meal:enum(@diet)'],
    hotels: ['late_checkout:bool|yes|no', 'loyalty_number:id(########)', 'room_type:enum(@room)'],
    car_rental: ['driver_age:int(18,80)', 'insurance:bool|yes|no', 'extras:list(extra,0,3)|none'],
    restaurant: ['occasion:occasion', 'high_chair:bool|yes|no', 'diet:enum(@diet)'],
  },
  templates: [
    {
      id: 'fl.01',
      domain: 'flights',
      text: `---------- Forwarded message ---------
From: {airline:company} Bookings

Booking confirmed! Reference {booking:id(******)}
Passenger: {passenger.full}
Flight {flight} from {origin:iata} to {destination:iata}
Departs {departure:date} at {departure_time:time(6,21)}
Seat {seat_number:id(##@)} ({cabin:enum(@cabin)})`,
    },
    {
      id: 'fl.02',
      domain: 'flights',
      text: `[{sent:msgdate}] {~me.first}: hiya, need flights {from_city:city} → {to_city:city} {departure:date}, back {return:date(+departure,2,9)}. {adults:int(2,4)} adults[[ + {children:int(2,3)} kids]]. {cabin:enum(@cabin)|economy=cheapest economy is fine;economy|business=business pls, work is paying} and {seat:enum(@seat)|window=window seats if poss|aisle=aisle if u can}`,
    },
    {
      id: 'fl.03',
      domain: 'flights',
      text: `{airline:company}: Flight {flight} to {destination:city} is delayed. New departure {new_time:time(6,23)} (was {~old_time:time(6,22)}). Please go to gate {gate:id(@##)}. We apologise for the inconvenience.`,
    },
    {
      id: 'fl.04',
      domain: 'flights',
      text: `[voicemail] hi it's {passenger.full} I'm booked on {flight} on {departure:date(abs)} but I need to move it to {new_date:date(+departure,1,6)} um same route {origin:iata} to {destination:iata} my booking code is {booking:id(******)} call me on {passenger.phone} thanks`,
    },
    {
      id: 'fl.05',
      domain: 'flights',
      text: `Hello, my luggage is not arrive with flight {flight} from {origin:city} on {arrival:date(past,abs)}. Is a {bag_color:color} suitcase, the tag number is {bag_tag:id(@@######)}. Inside is {contents:list(bag_item,1,3)}. Please send to my hotel, {street}, {city}. My phone {passenger.phone}. {passenger.full}`,
    },
    {
      id: 'fl.06',
      domain: 'flights',
      text: `trip {destination:city}
- out: {flight} {departure:date} {departure_time:time(5,22)}
- back: {~flight2:flight} {return:date(+departure,2,12)}
- hotel: {~hotel:company}
- {bags:int(0,3,d)} checked bag(s)
- seat pref: {seat:enum(@seat)}`,
    },
    {
      id: 'fl.07',
      domain: 'flights',
      text: `Hi {~driver.first},

could you pick up {guest.full} at {airport} on {arrival:date}? They land at {arrival_time:time(6,23)} on {flight}[[, terminal {terminal:int(1,5,d)}]]. Their mobile is {guest.phone} in case of delays.

Thanks!
{~sender.first}`,
    },
    {
      id: 'fl.08',
      domain: 'flights',
      text: `Dear {airline:company} team,
I'm flying with you on {departure:date(abs)}, booking {booking:id(******)}. Could you note a {meal:enum(@diet)|vegetarian=vegetarian meal|vegan=vegan meal|gluten_free=gluten-free meal} for me? {wheelchair:bool|I will also need wheelchair assistance at the airport.;I'd also need a wheelchair from check-in to the gate.|No other assistance needed.;Nothing else needed.}
Many thanks, {passenger.full}`,
    },
    {
      id: 'fl.09',
      domain: 'flights',
      text: `Subject: refund for cancelled flight {flight}

Your colleague {~agent.first} told me on the phone that I'm entitled to a refund of {refund_amount:money(80,1200)} for the cancelled flight on {departure:date(past,abs)}. It's been {waited:int(2,10)} weeks. Booking ref {booking:id(******)}, name {passenger.full}. Please transfer it to the card I paid with.`,
    },
    {
      id: 'ht.01',
      domain: 'hotels',
      text: `Dear {hotel:company} team,

I would like to book a {room_type:enum(@room)|single=single room|double=double room|twin=twin room|suite=suite} for {guests:int(1,4)} from {checkin:date} to {checkout:date(+checkin,1,9)}. {breakfast:bool|Breakfast included, please.;We'd like breakfast too.|We'll skip breakfast.;No breakfast needed.}[[ We'll arrive by car, so a parking space would be great.]]

Best regards,
{guest.full}
{guest.phone}`,
    },
    {
      id: 'ht.02',
      domain: 'hotels',
      text: `Sent: {sent:msgdate}
hi, do you have anything free from {checkin:date} for {nights:int(2,6)} nights? {guests:int(1,4)} of us. budget around {budget:money(60,300)} a night. {pets:bool|we're bringing our dog, hope that's ok;we have a small dog with us|no pets}`,
    },
    {
      id: 'ht.03',
      domain: 'hotels',
      text: `Dear {guest.first} {guest.last},

thank you for choosing {hotel:company}, {city}. Your reservation {reservation:id(#########)} is confirmed:
Arrival: {checkin:date}
Departure: {checkout:date(+checkin,1,10)}
Room rate: {rate:money(70,450)} per night
Free cancellation until {cancel_by:date(+checkin,-5,-1)}.

We look forward to welcoming you.`,
      keys: { rate: ['nightly rate', 'room rate', 'rate per night'] },
    },
    {
      id: 'ht.04',
      domain: 'hotels',
      text: `hello, reservation under {guest.last}, conf no. {reservation:id(@@#####)}. our train is delayed so we'll only get in around {arrival_time:time(21,23)}. please hold the room!! we paid already.`,
    },
    {
      id: 'ht.05',
      domain: 'hotels',
      text: `Good evening,
we are family of {guests:int(3,6)} persons, we want to stay in your hotel {nights:int(2,10)} nights beginning {checkin:date(abs)}. Is possible to have {rooms:int(2,3)} rooms near each other? We don't smoke. Also we come with car, you have parking? Please write to {guest.email}.
Thank you, {guest.full}`,
    },
    {
      id: 'ht.06',
      domain: 'hotels',
      text: `Subject: Group booking – {event_name}

Hi,
we're organising {event_name} in {city} and need {rooms:int(5,40,d)} rooms for {nights:int(2,4)} nights, arriving {checkin:date(abs)}. Could you send a quote with breakfast? Our budget is about {budget:money(80,200)} per room per night.

{organizer.full}
{organizer.company}
{organizer.phone}`,
      keys: { company: ['company', 'organization', 'employer'] },
    },
    {
      id: 'ht.07',
      domain: 'hotels',
      text: `To the manager of {hotel:company}: I stayed in room {room_number:int(101,699,d)} from {checkin:date(past,abs)} for {nights:int(2,5)} nights and the {complaint:hotel_complaint}. I paid {paid:money(100,1500)} and expect at least {refund_pct:pct(10,50)} back. {guest.full}`,
    },
    {
      id: 'ht.08',
      domain: 'hotels',
      text: `[voicemail transcript] hi yes this is {guest.first} I have a booking for {checkin:date(abs)} um two questions is there {parking:bool|parking at the hotel because we're coming by car;parking|no need for parking we come by train} and can we bring our {pet:pet_kind} or not ok call me back on {guest.phone} thanks`,
      keys: { parking: ['needs parking', 'parking', 'parking needed'] },
    },
    {
      id: 'car.01',
      domain: 'car_rental',
      text: `Hello,

I'd like to rent a car from {pickup:date} to {dropoff:date(+pickup,1,14)}, pick-up at {pickup_location:airport} and return to the same place. Category: {car:enum(@car)}. Please add {extras:list(extra,0,2)|nothing extra;no extras}. Main driver: {driver.full}, licence from {country}.

Thanks, {driver.first}`,
    },
    {
      id: 'car.02',
      domain: 'car_rental',
      text: `Your {company} rental is ready!
Reservation: {reservation:id(@########)}
Vehicle: {vehicle:car_model} ({plate})
Pick-up: {pickup:date} from {pickup_time:time(7,20)}, {street}, {city}
Return by {return_time:time(8,20)} on {dropoff:date(+pickup,1,10)}
Est. total {total:money(60,1400)}`,
    },
    {
      id: 'car.03',
      domain: 'car_rental',
      text: `Damage report
Car: {vehicle:car_model}, plate {plate}
Renter: {renter.full}
Noticed: {damage} on return, {returned:date(past,abs)}, {return_time:time(8,21)}
Customer says {admits:bool|it happened during the rental;they hit a post in a car park|it was already there at pick-up;it was not them}.`,
    },
    {
      id: 'car.04',
      domain: 'car_rental',
      text: `Sent: {sent:msgdate}
hi, can i keep the car {extra_days:int(1,5)} more days? so return {new_return:date} instead. booking {reservation:id(@########)}. same card is fine. - {renter.first}`,
    },
    {
      id: 'car.05',
      domain: 'car_rental',
      text: `[phone] customer needs {car:enum(@car)|van=a van, moving flat;a minivan|suv=an SUV for a ski trip|compact=something compact} for {days:int(2,7)} days starting {pickup:date(abs)}, collect from our {city} branch. {second_driver:bool|Wants to add his partner as second driver.;Second driver: yes.|Only him driving.;No second driver.} Name {renter.full}, {renter.phone}.`,
    },
    {
      id: 'car.06',
      domain: 'car_rental',
      text: `car hire - {destination:city}
pick up {pickup:date} {pickup_time:time(6,22)} @ {pickup_location:airport}
drop off {dropoff:date(+pickup,2,14)}
{car:enum(@car)}, automatic
quote: {quote:money(90,1500)} all in`,
    },
    {
      id: 'rs.01',
      domain: 'restaurant',
      text: `Hi there,

I'd like to reserve a table for {guests:int(2,10)} on {date:date(abs)} at {time:time(18,21)}. It's for my partner's birthday[[, and one of us is {diet:enum(@diet)|vegetarian=vegetarian|vegan=vegan|gluten_free=coeliac}]]. Could we get a table by the window?

Thanks,
{guest.full}
{guest.phone}`,
    },
    {
      id: 'rs.02',
      domain: 'restaurant',
      text: `[{sent:msgdate}] hi!! any chance of a table for {guests:int(2,6)} {date:date} around {time:time(18,22)}? name's {guest.first}. {outside:bool|outside if the weather's nice;terrace please|inside is fine;indoors pls}`,
    },
    {
      id: 'rs.03',
      domain: 'restaurant',
      text: `[voicemail] hello it's {guest.full} calling I'd like to book for {guests:int(2,12)} people on {date:date(abs)} at about {time:time(12,21)} we have {children:int(2,3)} kids with us so a high chair would be nice my number is {guest.phone} thank you`,
    },
    {
      id: 'rs.04',
      domain: 'restaurant',
      text: `Good morning, I want to make reservation in your restaurant for {guests:int(2,8)} persons, the day {date:date(abs)}, hour {time:time(12,21)}. One person is allergic to {allergy}. It is possible? My name {guest.last}, telephone {guest.phone}. Thank you`,
    },
    {
      id: 'rs.05',
      domain: 'restaurant',
      text: `Hi, we have a booking for {date:date(abs)} under {guest.last} — could you move it from {~old_time:time(18,20)} to {time:time(19,22)}? And we'll be {guests:int(3,9)} now, not {~old_guests:int(2,8)}. Sorry for the hassle! {guest.first}`,
    },
    {
      id: 'rs.06',
      domain: 'restaurant',
      text: `Subject: Christmas dinner – {company}

Hello,
we'd like to book the private room for our team, {guests:int(10,40,d)} people, on {date:date(abs)} from {time:time(18,20)}. Set menu at {per_head:money(30,90)} per head is fine. {deposit:bool|We can pay a deposit upfront.;Happy to pay a deposit now.|We'd rather not pay a deposit.;Could we skip the deposit?}

Best wishes,
{organizer.full}`,
    },
    {
      id: 'rs.07',
      domain: 'restaurant',
      text: `Sent: {sent:msgdate}
Sorry, we have to cancel our table for {date:date} ({guests:int(2,8)} people, name {guest.last}). Kid is sick. Could you rebook us for {new_date:date(+date,3,14)}, same time? Thanks, {guest.first}`,
    },
    {
      id: 'rs.08',
      domain: 'restaurant',
      text: `takeaway order pls:
{items:rows(1,3)|<qty:int(1,4,d)>x <dish>}
pick up at {pickup_time:time(17,21)}. paying {payment:enum(@payment)|cash=cash|card=card}. {name:first} {phone}`,
      keys: { name: ['name', 'customer name', 'customer'] },
    },
    {
      id: 'rs.09',
      domain: 'restaurant',
      text: `Hello {restaurant:company},
booking for tomorrow, {guests:int(2,6)} ppl, {time:time(18,21)}, name {guest.full}. Heads-up: {allergies:list(allergy,1,3)} allergies at our table, so please let the kitchen know. [[We're celebrating {occasion}!]]`,
    },
  ],
};
