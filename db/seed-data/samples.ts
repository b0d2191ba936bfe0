/**
 * Fictional sample reviews for the demo seed. Every film, composer, label and
 * person named here is invented; rows seeded from this file carry `isSample`.
 */

export type SampleReview = {
  slug: string;
  filmTitle: string;
  filmYear: number;
  composers: { name: string; slug: string; sortName: string }[];
  label: string;
  albumReleaseDate: string;
  coverImageUrl: string;
  coverAlt: string;
  headline: string;
  summary: string;
  body: string;
  criticScore: number;
  trackList: string;
};

const ondineMarrowfield = {
  name: "Ondine Marrowfield",
  slug: "ondine-marrowfield",
  sortName: "Marrowfield, Ondine",
};

export const sampleReviews: SampleReview[] = [
  {
    slug: "glasswater-meridian",
    filmTitle: "Glasswater Meridian",
    filmYear: 2024,
    composers: [ondineMarrowfield],
    label: "Parallax Hymnal Records",
    albumReleaseDate: "2024-09-13",
    coverImageUrl: "/covers/glasswater-meridian.svg",
    coverAlt:
      "Concentric pale-teal rings orbiting a glowing horizon line on a deep navy gradient, with the title set in white serif type.",
    headline: "Ondine Marrowfield makes a dying space station hum like a held breath",
    summary:
      "Built from analogue synthesisers and the recorded ring of wet glass, Marrowfield’s score for Glasswater Meridian is the rare science-fiction soundtrack that feels cold to the touch and warm at the core.",
    body: `The premise of *Glasswater Meridian* sounds, on paper, like the setup for a dozen chilly space thrillers: a hydrologist is left alone aboard an orbital reservoir that is slowly losing its ice. What Ondine Marrowfield hears in that premise is something gentler and stranger — a film about listening. Her score treats the station itself as an instrument, and the result is one of the most patient, quietly absorbing soundtracks of the year.

Marrowfield’s palette is small and carefully chosen. There are two vintage monophonic synthesisers, a tape-delay unit that has clearly been pushed past its comfort zone, and a set of drinking glasses filled to different depths and rubbed with a wet fingertip. That last sound is the score’s signature. It appears first in “The Reservoir Sings”, where a single sustained tone is slowly joined by its neighbours until the whole chord seems to shimmer like light through ice. It is a simple idea executed with enormous tact: the glasses are never pitch-perfect, and Marrowfield lets their tiny wobbles stand, so that the harmony breathes.

## Orbit as rhythm

Where many synth scores lean on arpeggiators to signal momentum, Marrowfield builds rhythm out of slow periodicity — pulses that return every forty or fifty seconds, like a satellite coming back around. In the cues that score the station’s slow failure the effect is genuinely tense without a single drum hit; in the album’s longest track the same technique becomes almost devotional, seven minutes of gradually lowering bass tones that the film uses to devastating effect in its final act.

Listeners who know her earlier work on *The Hollow at Vennick Mill* will recognise the composer’s fondness for treating physical objects as collaborators, but the mood here could hardly be more different. The horror score scraped and rattled; this one glows. The tenderest cue, “Coriolis Lullaby”, is barely three minutes long, a rocking two-note figure on the glasses beneath a synth line that sounds like someone humming to themselves in an empty room. It is the moment the album stops being impressive and starts being moving.

If there is a criticism, it is that the album’s middle stretch works better under picture than on its own, where its deliberate stasis can tip into drift. But the sequencing is smart enough to reward patience, and the closing cue gathers every motif into a slow, luminous resolution that feels earned.

*Glasswater Meridian* is not a soundtrack for background listening. Put it on with headphones, late, with the lights low, and let it do what the film does so well: make silence feel inhabited.`,
    criticScore: 86,
    trackList: `1. Meridian Drift (3:12)
2. Ice Harvest (4:05)
3. The Reservoir Sings (5:48)
4. Telemetry for Two (2:57)
5. Pressure Differential (3:33)
6. Letters from the Dry Side (4:21)
7. Halo Maintenance (2:40)
8. Glasswater (6:14)
9. Coriolis Lullaby (3:09)
10. The Long Descent (7:02)
11. Meridian, Returning (4:48)`,
  },
  {
    slug: "the-lacemaker-of-aldenhythe",
    filmTitle: "The Lacemaker of Aldenhythe",
    filmYear: 2023,
    composers: [
      {
        name: "Isolde Farrant-Quayle",
        slug: "isolde-farrant-quayle",
        sortName: "Farrant-Quayle, Isolde",
      },
    ],
    label: "Quillstone Editions",
    albumReleaseDate: "2023-11-03",
    coverImageUrl: "/covers/the-lacemaker-of-aldenhythe.svg",
    coverAlt:
      "A lace-like pattern of interlocking burgundy circles on an ivory ground, above the title in dark brown serif lettering.",
    headline: "A string quartet score stitched as finely as the lace it accompanies",
    summary:
      "Isolde Farrant-Quayle scores an imagined nineteenth-century lace town with nothing but a string quartet and a wheezing harmonium — and finds in that restraint an astonishing emotional range.",
    body: `Period dramas tend to reach for the full orchestra the moment a carriage crests a hill. *The Lacemaker of Aldenhythe*, a quiet story about a widowed lacemaker who discovers that the mill’s ledger does not add up, asks for something more intimate, and Isolde Farrant-Quayle has given it exactly that: a score for string quartet, with a borrowed parlour harmonium appearing in just four cues.

The opening cue sets the terms. The cello lays down a plucked ostinato that mimics the tap of pins into a lace pillow, and the violins weave around it in close, almost fussy counterpoint. It is witty — you can practically hear the bobbins clicking — but it is also a statement of method. Throughout the album, Farrant-Quayle writes lines that cross over and under each other like thread, so that a melody begun in the viola will often be finished by the second violin without any audible seam.

## Small rooms, large feelings

The emotional heart of the record is “Candle Hours”, five and a half minutes of music for the long nights the heroine spends working by a single flame. The harmonium enters beneath the strings like a draught under a door, and the first violin plays a melody so plain it could be a hymn tune — until, near the end, it bends upward by a half-step and the whole piece seems to catch its breath. It is the kind of detail that rewards the second and third listen, and there are many of them here.

Not everything is so hushed. The waltz written for the mill owner is a deliciously sour little dance, all lopsided accents and a cello that keeps arriving a fraction too early, as if the music itself cannot quite bring itself to be polite to the man. And a wintry interlude of barely two minutes is a brittle scherzo played almost entirely in harmonics that sounds like breath fogging on a window.

The album’s centrepiece, “Quartet for a Quiet House”, is effectively a short concert work in three linked sections, and it stands up remarkably well away from the film. Farrant-Quayle resists the temptation to resolve its tensions neatly; the final chord is left slightly open, a thread not yet tied off.

This is chamber music of real craft and real feeling, and it is a reminder that a film score does not need to be big to feel vast. Put it alongside your favourite quartet recordings and it will not sound out of place.`,
    criticScore: 91,
    trackList: `1. Pricking the Pattern (2:48)
2. Aldenhythe, Early (3:30)
3. Bobbins (1:56)
4. The Ledger Opened (4:12)
5. Thread Count (2:34)
6. A Letter Unsent (3:41)
7. The Mill Owner’s Waltz (3:05)
8. Candle Hours (5:22)
9. Ground Frost (2:19)
10. Quartet for a Quiet House (6:47)
11. Pillow Lace (2:55)
12. Aldenhythe, Late (4:30)`,
  },
  {
    slug: "pipwick-and-the-cloud-foundry",
    filmTitle: "Pipwick and the Cloud Foundry",
    filmYear: 2025,
    composers: [
      {
        name: "Ottilie Brandquist",
        slug: "ottilie-brandquist",
        sortName: "Brandquist, Ottilie",
      },
      {
        name: "Femi Laskaris",
        slug: "femi-laskaris",
        sortName: "Laskaris, Femi",
      },
    ],
    label: "Bramblecrown Records",
    albumReleaseDate: "2025-06-20",
    coverImageUrl: "/covers/pipwick-and-the-cloud-foundry.svg",
    coverAlt:
      "Soft white cloud shapes and a brass-coloured cogwheel against a peach-to-sky-blue sunrise gradient, with the title in white on a deep navy band.",
    headline: "Brandquist and Laskaris build a great big, open-hearted adventure score",
    summary:
      "Full orchestra, a children’s choir and a fearless sense of melody: the two-disc score for Pipwick and the Cloud Foundry is the most purely joyful soundtrack we have heard in years.",
    body: `There is a particular kind of animated-adventure score that seems to have gone out of fashion: the kind that is not afraid of a tune. Ottilie Brandquist and Femi Laskaris, writing together for the first time, have made one anyway, and *Pipwick and the Cloud Foundry* is all the better for it. Across two generously filled discs, they give a story about a young tinker who repairs the machine that makes the sky’s clouds a score that whistles, soars, clatters and, at exactly the right moments, goes very quiet.

The division of labour is audible if you listen for it. Brandquist, whose background is in choral writing, is responsible for the singing — a children’s choir that functions almost as a second protagonist, voicing the clouds themselves in a wordless, vowel-rich chorus. Laskaris handles the machinery: tuned percussion, anvils, a contrabassoon that grumbles like an overworked boiler. The fun lies in how often the two worlds collide.

## A foundry full of tunes

The best example comes early, in “Rain Is Made by Hand”. A busy clockwork figure in the woodwinds and xylophone establishes the foundry’s daily grind, and then the choir enters in long, soft phrases above it, as if the clouds were being gently coaxed out of the gears. The main theme — a rising sixth followed by a skipping descent — is first stated here on a solo horn, and you will be humming it by the end of the disc.

Disc one is largely a delight of invention, from a pompous little march for low brass to a tiny, ingenious scherzo that uses timpani glissandi for comic effect. Disc two darkens, as adventure stories must, with snarling string ostinatos and heavy, industrial percussion. But the composers never lose sight of their young hero, and a plain melody for solo clarinet, heard as Pipwick faces the storm by himself, is one of the album’s loveliest two and a half minutes.

Everything builds to “The Great Unfurling”, nearly seven minutes of full orchestra and choir in which the main theme is finally allowed to bloom at full width. It is a shamelessly big finale, and it earns every bar.

If the second disc occasionally repeats ideas that the first already explored, that is a small price for such abundance. This is a score made with visible affection — for its characters, for its audience, and for the old-fashioned pleasure of a great orchestral melody.`,
    criticScore: 88,
    trackList: `Disc 1
1. Overture to the Upper Air (4:10)
2. Pipwick’s Workshop (2:45)
3. The Foundry Bell (3:18)
4. Rain Is Made by Hand (3:52)
5. Lanterns over Gusset Lane (2:36)
6. The Weathervane Council (4:24)
7. A Kettle Full of Thunder (3:03)
8. Up the Chain Lift (5:11)
Disc 2
1. The Cinder Winds (3:47)
2. Where Clouds Go to Sleep (4:58)
3. Storm Engine (3:36)
4. Pipwick Alone (2:29)
5. The Great Unfurling (6:40)
6. Everybody Carry the Sky (3:55)
7. Foundry Bell Reprise (2:12)`,
  },
  {
    slug: "the-long-thirst-at-corvina-flats",
    filmTitle: "The Long Thirst at Corvina Flats",
    filmYear: 2021,
    composers: [
      {
        name: "Cormac Vellacourt",
        slug: "cormac-vellacourt",
        sortName: "Vellacourt, Cormac",
      },
    ],
    label: "Dustjacket Sound",
    albumReleaseDate: "2021-08-27",
    coverImageUrl: "/covers/the-long-thirst-at-corvina-flats.svg",
    coverAlt:
      "A huge pale-gold sun over layered rust-red mesa silhouettes on a burnt-orange sky, with the title in cream serif type across the dark foreground.",
    headline: "Guitar, harmonica and a bowed saw bring a drought-stricken western to life",
    summary:
      "Cormac Vellacourt’s sparse, sun-bleached score for The Long Thirst at Corvina Flats understands that in a western, the silence between notes is as dry and dangerous as the land itself.",
    body: `*The Long Thirst at Corvina Flats* is a western about water — who has it, who owns it, and what people will do when the creek runs dry — and Cormac Vellacourt’s score is appropriately parched. There is no orchestra here, no sweeping strings over the horizon. Instead we get a battered nylon-string guitar, two harmonicas in different keys, a bowed saw, and, in a handful of cues, the cracked reed organ of a frontier chapel, recorded with all its wheezes intact.

What makes the album remarkable is how much Vellacourt does with so little. The opening cue is almost nothing: a three-note guitar figure, repeated with tiny variations, while the saw slides in and out of tune like heat shimmer off the plain. But the figure lodges in the memory, and Vellacourt returns to it again and again, slowing it, inverting it, once — memorably — playing it on a single harmonica reed until it sounds like a wind through a fence post.

The album’s best cue is “Harmonica at the Water Line”. Two harmonicas play against each other in a kind of uneasy duet, one holding a low drone while the other circles it with a melody that keeps almost resolving and then backing away. Under picture, it accompanies the first tense negotiation over the last working well; on its own, it plays like a miniature drama of suspicion and need.

## The weight of the dry months

Vellacourt is also unafraid of length. The cue for one tense parley stretches past five minutes with barely a change in dynamic, and the title track proper is six and a half minutes of slowly accumulating guitar, organ and saw that feels less like a piece of music than a change in the weather. Listeners used to the quick cuts of modern film albums may find these stretches demanding. They are worth the effort.

The score’s final gesture is its most generous. “What the Creek Remembered” brings back the three-note title figure, this time in a major key on the chapel organ, with the guitar adding a gentle counter-melody above it. It is the first moment of real consonance in the whole album, and it lands like the first drops of rain on dry ground.

This is a small, stubborn, beautiful record — a western score that earns its myth-making by refusing to inflate it.`,
    criticScore: 83,
    trackList: `1. Corvina Flats (3:26)
2. Dust on the Well Rope (2:58)
3. The Surveyor Rides In (3:44)
4. Harmonica at the Water Line (4:15)
5. Parley at the Dry Tank (5:02)
6. Saltbush (2:21)
7. Widow Serrat’s Claim (3:37)
8. Night Herd (4:49)
9. The Long Thirst (6:33)
10. What the Creek Remembered (3:58)`,
  },
  {
    slug: "the-hollow-at-vennick-mill",
    filmTitle: "The Hollow at Vennick Mill",
    filmYear: 2022,
    composers: [ondineMarrowfield],
    label: "Ninth Hinge Recordings",
    albumReleaseDate: "2022-10-21",
    coverImageUrl: "/covers/the-hollow-at-vennick-mill.svg",
    coverAlt:
      "Thin vertical lines like piano strings, studded with small bolt-like circles, glowing faintly oxblood-red against near-black, with the title in off-white serif type.",
    headline:
      "A prepared piano becomes a haunted house in Ondine Marrowfield’s unnerving horror score",
    summary:
      "Screws, felt, bolts and one very old upright piano: Marrowfield’s score for The Hollow at Vennick Mill is a masterclass in dread, culminating in a twelve-minute descent that is hard to shake.",
    body: `Horror scores are often at their most effective when they are most limited, and Ondine Marrowfield has imposed a severe limit on herself for *The Hollow at Vennick Mill*: almost every sound on the album comes from a single upright piano, rescued, according to the liner notes, from a village hall and *prepared* with bolts, screws, strips of felt and rubber wedges threaded between its strings.

The result is an instrument that sounds only intermittently like a piano. In the opening cue a low chord produces a metallic clang followed by a buzzing decay, like a bell that has been cracked; a high cluster sounds like dry twigs snapping underfoot. Marrowfield plays these sounds with a careful, almost tender restraint, which somehow makes them more frightening. There are no stingers here, no sudden bursts designed to make you jump — just an accumulating sense that something in the building is wrong.

That sense crystallises in “Something in the Millrace”. A muffled, felted ostinato in the bass imitates the slow turning of a waterwheel, while above it a single prepared note — it sounds like a screw rattling against a string — keeps appearing slightly out of time, as if something were knocking from inside the wheel. It is the most purely terrifying four and a half minutes of music we have heard from a film this year.

## Twelve minutes in the dark

And then there is “The Wheel Turns Backward”, which runs just past twelve minutes and accompanies the film’s long, unbroken final sequence. Marrowfield slowly removes the preparations as the piece goes on — you can hear the bolts being pulled out — so that the instrument gradually returns to being an ordinary piano. The effect ought to be reassuring. It is not. By the time a plain minor chord rings out unadorned, the piano’s normality feels like a mask.

It is not an album for every mood, and a few of the shorter interstitial cues feel like fragments rather than pieces. But as an exercise in sustained atmosphere it is exceptional, and it marks Marrowfield as a composer who thinks about sound as a physical, almost tactile material — an instinct she would later turn toward light rather than darkness in *Glasswater Meridian*.`,
    criticScore: 78,
    trackList: `1. Bolts Between the Strings (2:34)
2. Vennick Mill (3:48)
3. Flour Dust (2:12)
4. Something in the Millrace (4:27)
5. Felt and Screws (3:05)
6. The Hollow Breathes (5:19)
7. Lamp Oil (1:48)
8. Sixteen Nails (3:36)
9. The Wheel Turns Backward (12:04)`,
  },
  {
    slug: "the-harrowmere-eight",
    filmTitle: "The Harrowmere Eight",
    filmYear: 2025,
    composers: [
      {
        name: "Tobiah Quennell",
        slug: "tobiah-quennell",
        sortName: "Quennell, Tobiah",
      },
    ],
    label: "Oarlock & Anvil Records",
    albumReleaseDate: "2025-03-14",
    coverImageUrl: "/covers/the-harrowmere-eight.svg",
    coverAlt:
      "Eight slanted white oar-like bars crossing a slate-blue river gradient with a single gold line at the waterline, and the title in white serif type.",
    headline: "Brass band and drum machines pull hard in a rowing drama that sometimes oversteers",
    summary:
      "Tobiah Quennell’s score for The Harrowmere Eight has thrilling rhythmic drive and a big brass-band heart, even if its quieter stretches never quite find their stroke.",
    body: `Sports films live and die on momentum, and for its story of a struggling village rowing club training for one last regatta, *The Harrowmere Eight* hands the job of keeping the boat moving largely to Tobiah Quennell. His solution is an unusual hybrid: a local-style brass band, a battery of orchestral percussion and a layer of pulsing electronics, all locked to the rhythm of the stroke.

When it works, it works brilliantly. The first training cue opens with the electronics ticking at a steady rate, and the percussion enters on every catch — that moment when the blade bites the water — so that the music effectively *is* the rowing. The brass arrives slowly, first a lone cornet, then the full band, and by the end the piece has built a genuinely stirring head of steam.

The best cue is “Rate Thirty-Eight”, named for the punishing stroke rate the crew hits in the film’s climactic race. Quennell locks everything to that tempo and then layers on more and more — snare rolls, a tuba line that surges on every stroke, a soaring euphonium melody — until the three and a half minutes feel like a sprint finish. It is the kind of music that makes you want to go and do something difficult.

The quieter material is less consistent. “Rain on the Reach” is lovely, a gentle hymn-like melody for tenor horns over soft rain-stick textures, and it provides a necessary breath in the album’s second half. But several of the shorter training cues feel more like functional underscore than music, and the electronics occasionally sound generic when isolated from the film’s images.

Still, when the title track, the album’s penultimate cue, gathers the whole ensemble for one final, full-throated statement of the main theme, it is hard not to be swept along. Quennell has a gift for the big moment, and this is a score that is at its best when the crew is pulling hardest. If the album could have used a tighter edit, its peaks are high enough to make it worth the trip down the river.`,
    criticScore: 72,
    trackList: `1. Before the Light (2:52)
2. Boathouse (3:14)
3. Catch and Drive (3:40)
4. Ergometer (2:27)
5. The Cox Calls It (3:58)
6. Rain on the Reach (4:33)
7. Selection Day (3:11)
8. Blisters (2:05)
9. Five Hundred Metres Out (4:46)
10. Rate Thirty-Eight (3:29)
11. The Harrowmere Eight (5:55)
12. Oars Down (2:38)`,
  },
];
