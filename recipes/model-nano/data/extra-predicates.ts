// More ways to say a yes/no fact, for training with composed phrasings only (ids `kind.e<i>`):
// the held-out split tests predicates never seen (`facts.ts`, every third pair), and a tiny model
// learns negation as a cue (not, never, no longer, declined, skipped, ran out) only from many
// pairs. None of these shares three consecutive words with a held-out pair, or its key verb
// (`extra-predicates.test.ts` checks it): "opted out", "VIP status", "gift box", "from home"...

export const EXTRA_PREDICATES: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  active: [
    ['is currently active', 'is currently inactive'],
    ['remains an active user', 'has been suspended'],
    ['kept the account open', 'closed the account'],
    ['still logs in every week', 'stopped logging in long ago'],
  ],
  has_pet: [
    ['takes care of a cat', 'has never had pets'],
    ['brings a dog along', 'has no animals'],
    ['keeps two cats', 'keeps no animals at home'],
  ],
  newsletter: [
    ['signed up for the mailing list', 'is not on the mailing list'],
    ['reads our weekly digest', 'asked us to stop the weekly digest'],
    ['said yes to promotional mail', 'said no to promotional mail'],
  ],
  premium: [
    ['pays for the pro tier', 'stays on the basic tier'],
    ['holds a gold membership', 'holds a standard membership'],
    ['bought the plus subscription', 'cancelled the plus subscription'],
  ],
  verified: [
    ['proved the account is theirs', 'has not proved the account yet'],
    ['completed the identity check', 'skipped the identity check'],
    ['carries a checked badge', 'carries no checked badge'],
  ],
  paid: [
    ['transferred the money', 'has not transferred the money'],
    ['cleared the balance', 'left the balance open'],
    ['got a receipt for the payment', 'is still waiting to make the payment'],
  ],
  gift: [
    ['wants it wrapped as a present', 'wants plain packaging'],
    ['is sending it to a friend as a present', 'is keeping it for themselves'],
    ['would like a card and a ribbon', 'wants no ribbon at all'],
  ],
  smoker: [
    ['lights up a cigarette daily', 'never touches cigarettes'],
    ['is a heavy smoker', 'has never smoked'],
    ['needs an ashtray', 'needs no ashtray'],
  ],
  remote: [
    ['works out of a home office', 'commutes to the office every day'],
    ['is based remotely', 'is based at headquarters'],
    ['joins meetings online only', 'comes in person each day'],
  ],
  express: [
    ['paid for next-day delivery', 'picked the slow delivery'],
    ['needs it rushed', 'is not in a hurry'],
    ['upgraded to priority shipping', 'kept the regular shipping'],
  ],
  in_stock: [
    ['sits on the shelf right now', 'is sold out'],
    ['is ready to dispatch', 'is on backorder'],
    ['has plenty of stock', 'has run out of stock'],
  ],
};
