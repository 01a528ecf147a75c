import type { Lexicon } from './types';

// Georgian: case endings join the stem ("ჯარისკაცები", "რუსეთში"); words begin at spaces (a stem
// inside a word, such as ჯარ "army" in საჯაროდ "publicly", is no hit). "ჩრდილოკორეელი" is one word.
export const ka: Lexicon = {
  lang: 'ka',
  spaced: true,
  pronouns: ['ისინი'],
  nk: ['კიმ(?:მა|ის|ს|ი)?$', 'ჩრდილოეთ კორე', 'კორეის სახალხო', 'კსდრ$', 'კხდრ$', 'ჩრდილოკორე', 'ჩრდილოეთკორე', 'ფხენიან', 'კიმ ჩენ'],
  // "Korean": North Korean only where the sentence is about the war (Kursk, Ukraine, the front)
  nkWeak: ['კორეელ'],
  deployNoun: ['საზღვარგარეთ სამხედრო ოპერაცი'],
  pers: ['მეთაურ', 'მესანგრე', 'დაღუპულ', 'დაჭრილ', 'ჯარისკაც', // სამხედრო is also the adjective "military": not before cooperation, equipment, aid, agreements, industry, drills
    'სამხედრო(?! (?:დელეგაცი|თანამშრომლობ|ტექნიკ|აღჭურვილობ|დახმარებ|შეთანხმებ|ხელშეკრულებ|ალიანს|კავშირ|მრეწველობ|ინდუსტრი|წვრთნ|სწავლებ|აღლუმ|ტექნოლოგი|ბაზ))', 'ძალებ', 'ტყვე', 'ქვედანაყოფ', 'მებრძოლ', 'მოწამე'],
  persWeak: ['ჯარ'],
  ctx: ['უკრაინ', 'კურსკ', 'კიევ', 'ზელენსკ', 'ფრონტ', 'ბრძოლის ველ', 'ბრძოლებ'],
  ctxWeak: ['რუსეთ', 'მოსკოვ', 'კრემლ', 'პუტინ', 'გაგზავნ', 'განლაგ', 'ომ', 'ტყვე', 'განაღმ'],
  neg: ['დელეგაცი', 'ომისთვის მზად', 'დემილიტარიზებულ', 'სამხრეთ კორეის საზღვარ', 'აღლუმ', 'სწავლებ', 'დეზერტირ', 'კორეის ომ'],
  labour: ['მუშებ'],
  foreign: ['რუსი', 'რუსული', 'უკრაინელ', 'სამხრეთ კორე', 'ამერიკელ'],
  killed: ['დაიღუპ', 'მოკლ'], injured: ['დაჭრ'], captured: ['ტყვე'],
  scale: { 'ათას': 1e3 },
  vague: { 'ათასობით': 1000, 'ასობით': 100 },
  nonLatin: true,
  gates: { script: ['კორე', 'კსდრ', 'კხდრ', 'ფხენიან', 'კიმ'] },
};
