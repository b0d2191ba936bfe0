// The words the generated names and text are made of.

/** Words for the generated text, written as "a | b | c" lines. */
function list(text: string): readonly string[] {
  return text
    .split(/[|\n]/)
    .map((w) => w.trim())
    .filter(Boolean);
}

export const ADJECTIVES = list(`
  Silent | Crimson | Hollow | Last | Distant | Broken | Golden | Northern | Burning | Quiet
  Shattered | Endless | Hidden | Frozen | Electric | Midnight | Velvet | Iron | Paper | Glass
  Wild | Lonely | Secret | Restless | Bright | Fading | Gentle | Lost | Eternal | Forgotten
  Scarlet | Pale | Rising | Falling | Second | Final | Open | Copper | Sleeping | Painted
  Drifting | Salt | Winter | Summer | Ashen | Tidal
`);

export const NOUNS = list(`
  Harbour | Mountain | River | Kingdom | Signal | Garden | Empire | Frontier | Witness
  Horizon | Letter | Engine | Lighthouse | Station | Orchard | Compass | Voyage | Storm
  Shadow | Mirror | Crown | Island | Canyon | Machine | Circus | Archive | Cathedral | Bridge
  Desert | Forest | Tide | Ember | Parade | Cipher | Ransom | Orbit | Echo | Citadel
  Meridian | Lantern | Comet | Harvest | Wolf | Falcon | Violin | Ferry | Observatory
  Carousel | Monsoon | Avalanche | Labyrinth | Reef | Quarry | Glacier
`);

export const PLACES = list(`
  Ashcombe | Greywater | Kestrel Point | Thornbury | Brightmoor | Saltmarsh | Calder Bay
  Halloway | Vennick | Orlan Falls | Marrow Hill | Dunmere | Castellan | Ravensholm
  Port Elstow | Whitlow | Corrigan's Reach | Silvergate | Lowmoor | Asterley
`);

export const FIRST_NAMES = list(`
  Anna | Ben | Clara | Daniel | Elena | Felix | Greta | Hugo | Ines | Jonas | Kira | Leo
  Maya | Nils | Olive | Pavel | Quinn | Rosa | Samuel | Tessa | Umar | Vera | Walter | Xenia
  Yusuf | Zoe | Amara | Bruno | Celia | Dario | Edith | Farid | Hanna | Ivo | Jude | Keiko
  Lars | Mila | Noor | Oskar | Priya | Rafael | Sofia | Tomas | Ulla | Viktor | Wren | Yara
  Aurelio | Beatrix | Cosimo | Delphine | Emil | Flora | Gideon | Helena | Isak | Juno
  Leonie | Matteo
`);

export const LAST_NAMES = list(`
  Albrecht | Barros | Castell | Delaney | Eriksen | Ferrante | Galloway | Hartmann | Ishikawa
  Jovanovic | Kowalczyk | Lindqvist | Moreau | Novak | Okafor | Petrov | Quiller | Rinaldi
  Sorensen | Takahashi | Underwood | Valdez | Whitcombe | Xavier | Yamada | Zeller | Ashdown
  Brannigan | Carvalho | Draycott | Esposito | Fairweather | Grimaldi | Holloway | Ibarra
  Jaworski | Kerrigan | Lautner | Marchetti | Nakamura | Oyelaran | Pemberton | Quintero
  Rasmussen | Salazar | Thornton | Ulrich | Vasquez | Wexford | Youngblood | Zamora
  Abernathy | Bellweather | Cardenas | Devereux | Elsworth | Falkner | Gustafsson | Haverford
  Ingram | Jessup | Kinsella | Larkspur | Montague | Northcott | Oakley | Penhallow | Redgrave
  Stanhope | Tregarthen | Vance | Winterbourne | Ashworth | Blackwood | Crane | Dunmore
  Everly | Fenwick
`);

export const LABELS = list(`
  Northlight Records | Cinder Sound | Harbourline Music | Quiet Engine Records | Silver Reel
  Lakeside Scores | Meridian Classics | Tallow & Reed | Foxglove Recordings
  Blue Lantern Music | Kettledrum Editions | Arcway Records | Stillwater Soundtracks
  Copperplate Music | Sable Hill Records | Eastgate Audio | Ninefold Records
  Red Kite Records
`);

export const INSTRUMENTS = list(`
  low strings | muted brass | a solo cello | wordless choir | prepared piano
  analogue synthesisers | taiko drums | harp | woodwinds | a twelve-string guitar | celesta
  pipe organ | French horns | timpani | a solo violin | duduk | accordion | glass harmonica
  a string quartet | hammered dulcimer
`);

export const MOODS = list(`
  melancholy | propulsive | playful | brooding | luminous | tense | tender | triumphant
  uneasy | wistful | restless | elegiac | mischievous | austere
`);

export const HEADINGS = list(`
  The main theme | Under picture | On the album | A word on the sequencing | The quieter cues
  Action, and its limits | Where it lands
`);

export const REPLY_OPENERS = list(`
  Agreed. | Not sure about that. | Good point. | Ha, same here. | Fair enough, but
  I see it the other way. | Thanks! | Yes!
`);
