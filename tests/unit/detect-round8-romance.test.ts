import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';

// Kinds of case in pt, es, it and fr, with sentences written for this test (not taken from any
// corpus or page), each beside near misses that must stay unread.
const plain = (s: string) => findMentions(s).map((m) => m.text);
/** The mentions of `s` read on a page that `opening` has put on the topic. */
const read = (opening: string, s: string) =>
  findMentions(`${opening} ${s}`, { pageContext: true })
    .filter((m) => m.start > opening.length)
    .map((m) => m.text);

const PT = 'Soldados norte-coreanos combatem pela Rússia na região de Kursk.';
const ES = 'Soldados norcoreanos combaten por Rusia en la región de Kursk.';
const IT = 'Soldati nordcoreani combattono per la Russia nella regione di Kursk.';
const FR = 'Des soldats nord-coréens combattent pour la Russie dans la région de Koursk.';

describe('"frente": the front, not "in front of" nor "to face"', () => {
  it('reads the front', () => {
    expect(plain('Os soldados norte-coreanos foram enviados para a frente.')).toHaveLength(1);
    expect(plain('Os militares norte-coreanos combatem na linha de frente.')).toHaveLength(1);
    expect(plain('Los soldados norcoreanos luchan en el frente.')).toHaveLength(1);
    expect(plain('Los soldados norcoreanos fueron enviados al frente.')).toHaveLength(1);
    expect(plain('Los soldados norcoreanos combaten en la primera línea de frente.')).toHaveLength(1);
  });
  it('does not read "em frente a", "en frente de", "fazer frente", "hacer frente", "frente a frente"', () => {
    expect(plain('Um soldado norte-coreano foi visto em frente a um posto de guarda sul-coreano.')).toEqual([]);
    expect(plain('O general norte-coreano discursou à frente das tropas.')).toEqual([]);
    expect(plain('Os soldados norte-coreanos fazem frente à fome nos quartéis.')).toEqual([]);
    expect(plain('Un soldado norcoreano apareció en frente de un puesto de guardia surcoreano.')).toEqual([]);
    expect(plain('Los soldados norcoreanos hacen frente a la escasez de alimentos.')).toEqual([]);
    expect(plain('Los dos soldados norcoreanos quedaron frente a frente con la patrulla.')).toEqual([]);
  });
});

describe('defection to the South is a near miss', () => {
  it('does not read a soldier who fled to South Korea, on a page about the troops', () => {
    expect(read(PT, 'Foi o terceiro soldado norte-coreano que fugiu para a Coreia do Sul este ano.')).toEqual([]);
    expect(read(ES, 'Es el tercer soldado norcoreano que huye a Corea del Sur este año.')).toEqual([]);
    expect(read(IT, 'È il terzo soldato nordcoreano fuggito in Corea del Sud quest’anno.')).toEqual([]);
    expect(read(FR, 'C’est le troisième soldat nord-coréen qui s’enfuit en Corée du Sud cette année.')).toEqual([]);
  });
  it('still reads a prisoner who wants to go to South Korea', () => {
    expect(read(PT, 'Um dos prisioneiros norte-coreanos quer ir para a Coreia do Sul.')).toHaveLength(1);
    expect(read(IT, 'Uno dei prigionieri nordcoreani vuole andare in Corea del Sud.')).toHaveLength(1);
  });
});

describe('the demonym as a noun after a preposition', () => {
  it('reads "por norte-coreanos", "da nordcoreani", "(Nord-Coréens)"', () => {
    expect(plain('As tropas russas, reforçadas por norte-coreanos, avançaram em Kursk.')).toEqual(['norte-coreanos']);
    expect(plain('Le truppe russe, affiancate da nordcoreani, sono avanzate a Kursk.')).toEqual(['nordcoreani']);
    expect(plain('Selon Kyiv, 8 000 (Nord-Coréens) se trouvent désormais près de Koursk.')).toEqual(['Nord-Coréens']);
  });
  it('needs context as any name does', () => {
    expect(plain('O livro foi escrito por norte-coreanos que vivem em Seul.')).toEqual([]);
    expect(plain('Il libro è stato scritto da nordcoreani che vivono a Seul.')).toEqual([]);
  });
});

describe('"one of the two" stands for one of them at the start of a sentence', () => {
  it('reads it on a page about the troops, with context of the war', () => {
    expect(read(PT, 'Um dos dois, atirador, disse que pensava ir à Rússia para treinar, não para combater em Kursk.')).toHaveLength(1);
    expect(read(ES, 'Uno de los dos, artillero, dijo que creía ir a Rusia a entrenarse, no a combatir en Kursk.')).toHaveLength(1);
    expect(read(IT, 'Uno dei due, fuciliere, ha detto che credeva di andare in Russia per addestrarsi, non per combattere a Kursk.')).toHaveLength(1);
    expect(read(FR, "L'un des deux, tireur, a dit qu'il croyait partir en Russie pour s'entraîner, pas pour combattre à Koursk.")).toHaveLength(1);
  });
  it('does not read two countries, or the phrase inside a sentence', () => {
    expect(read(ES, 'Uno de los dos países puede pedir ayuda militar si es atacado por Ucrania.')).toEqual([]);
    expect(read(ES, 'El tratado obliga a ayudar si uno de los dos es atacado.')).toEqual([]);
    expect(read(PT, 'O acordo obriga a ajudar se um dos dois for atacado na guerra.')).toEqual([]);
    expect(read(IT, 'Uno dei due paesi può chiedere aiuto militare se attaccato.')).toEqual([]);
  });
});

describe('the deceased are the fallen, on a page about the troops', () => {
  it('reads "the deceased" with no other context', () => {
    expect(read(PT, 'O líder atribuiu honras póstumas aos falecidos numa cerimónia.')).toEqual(['falecidos']);
    expect(read(ES, 'El líder otorgó honores póstumos a los fallecidos en una ceremonia.')).toEqual(['fallecidos']);
    expect(read(IT, 'Il leader ha conferito onori postumi ai defunti durante una cerimonia.')).toEqual(['defunti']);
    expect(read(FR, 'Le dirigeant a rendu hommage aux défunts lors d’une cérémonie.')).toEqual(['défunts']);
  });
  it('not the dead of the Korean War, nor the deceased of another nation', () => {
    expect(read(PT, 'O líder homenageou os falecidos da Guerra da Coreia.')).toEqual([]);
    expect(read(ES, 'Los soldados rusos fallecidos fueron enterrados en Moscú.')).toEqual([]);
  });
});

describe('heroism is weak context, as heroes are', () => {
  it('reads a leader praising the heroism of his soldiers', () => {
    expect(plain('“Oficiais e soldados mostraram heroísmo todos os dias”, disse Kim.')).toHaveLength(1);
    expect(plain('Kim elogió el heroísmo de los soldados norcoreanos.')).toHaveLength(1);
    expect(plain("Kim ha lodato l'eroismo dei soldati nordcoreani.")).toHaveLength(1);
    expect(plain("Kim a salué l'héroïsme des soldats nord-coréens.")).toHaveLength(1);
  });
  it('not at a parade or drill at home', () => {
    expect(plain('Kim elogiou o heroísmo dos soldados norte-coreanos durante o desfile.')).toEqual([]);
    expect(plain("Kim a salué l'héroïsme des soldats nord-coréens lors des exercices.")).toEqual([]);
  });
});

describe('French with "ï" is not read as Catalan', () => {
  it('reads a French sentence with "héroïques" as French', () => {
    const m = findMentions("Kim Jong-un s'est incliné devant les exploits héroïques de l'armée nord-coréenne lors de la bataille de Koursk");
    expect(m.map((x) => [x.text, x.lang])).toEqual([['armée nord-coréenne', 'fr']]);
  });
  it('still reads Catalan with "ï" as Catalan', () => {
    const m = findMentions('Els soldats nord-coreans van arribar als països veïns i després a la regió de Kursk.');
    expect(m.map((x) => x.lang)).toEqual(['ca']);
  });
});

describe('the loss of lives, and the victims, are loss words', () => {
  it('reads the loss of lives on a page about the troops', () => {
    expect(read(PT, 'Durante a cerimónia, Kim lamentou a perda de sete vidas na operação.')).toHaveLength(1);
    expect(read(ES, 'Durante la ceremonia, Kim lamentó la pérdida de siete vidas en la operación.')).toHaveLength(1);
    expect(read(IT, "Durante la cerimonia, Kim ha lamentato la perdita di sette vite nell'operazione.")).toHaveLength(1);
    expect(read(FR, "Lors de la cérémonie, Kim a déploré la perte de sept vies pendant l'opération.")).toHaveLength(1);
    expect(read(ES, 'Kim otorgó a las siete víctimas el título de héroes de la patria.')).toHaveLength(1);
  });
  it('not civilian lives or civilian victims', () => {
    expect(read(PT, 'A perda de vidas civis em Kursk preocupa a ONU.')).toEqual([]);
    expect(read(ES, 'Las víctimas civiles de Kursk fueron evacuadas.')).toEqual([]);
  });
});

describe('"the deployment" opening a sentence stands for it, on a page about the troops', () => {
  it('reads it', () => {
    expect(read(PT, 'O destacamento durou mais de um ano, com rotações regulares.')).toEqual(['O destacamento']);
    expect(read(ES, 'El despliegue se acompañó de rotaciones periódicas cada pocos meses.')).toEqual(['El despliegue']);
    expect(read(IT, 'Il dispiegamento è durato più di un anno con rotazioni regolari.')).toEqual(['Il dispiegamento']);
    expect(read(FR, "Le déploiement a duré plus d'un an avec des relèves régulières.")).toEqual(['Le déploiement']);
  });
  it('not a deployment of missiles', () => {
    expect(read(ES, 'El despliegue de misiles en la frontera preocupa a Seúl.')).toEqual([]);
    expect(read(IT, 'Il dispiegamento di missili al confine preoccupa Seul.')).toEqual([]);
  });
});

describe('human waves, an expeditionary force, state honours are weak context', () => {
  it('reads them beside the troops', () => {
    expect(plain('Los soldados norcoreanos lanzaron oleadas humanas contra las posiciones.')).toHaveLength(1);
    expect(plain('Le truppe nordcoreane hanno attaccato a ondate umane.')).toHaveLength(1);
    expect(plain('Les soldats nord-coréens ont lancé des vagues humaines.')).toHaveLength(1);
    expect(plain('Os soldados norte-coreanos mortos receberam honras de estado.')).toHaveLength(1);
    expect(plain("Kim a visité le musée des opérations militaires outre-mer de l'armée nord-coréenne.")).toHaveLength(1);
  });
  it('not at a parade at home', () => {
    expect(plain('Os soldados norte-coreanos receberam honras de estado durante o desfile.')).toEqual([]);
  });
});

describe('French function words keep French sentences French', () => {
  it('reads a French sentence full of "de" and "la" as French', () => {
    expect(
      findMentions(`${FR} Lors de la cérémonie, Kim a déploré la perte de sept vies pendant l'opération.`, { pageContext: true }).map((m) => m.lang),
    ).toEqual(['fr', 'fr']);
  });
});

describe('riflemen, paratroopers, deminers and the bodies of the fallen are personnel words', () => {
  it('reads them', () => {
    expect(plain('Fuzileiros norte-coreanos combatem na região de Kursk.')).toHaveLength(1);
    expect(plain('Paracaidistas norcoreanos fueron enviados a Kursk.')).toHaveLength(1);
    expect(plain('Fucilieri nordcoreani combattono nella regione di Kursk.')).toHaveLength(1);
    expect(plain('Des parachutistes nord-coréens ont été envoyés à Koursk.')).toHaveLength(1);
    expect(read(IT, 'I cadaveri sono stati rimpatriati in Corea del Nord.')).toHaveLength(1);
    expect(read(FR, 'Les dépouilles ont été rapatriées en Corée du Nord.')).toHaveLength(1);
  });
  it('not at a parade at home', () => {
    expect(plain('Paracaidistas norcoreanos saltaron durante el desfile militar en Pyongyang.')).toEqual([]);
  });
});

describe('a wheelchair or crutches are marks of wounds, weak context', () => {
  it('reads "one of them" in a wheelchair beside the leader, on a page about the troops', () => {
    expect(read(PT, 'Um deles chorou quando Kim o abraçou na sua cadeira de rodas.')).toEqual(['Um deles']);
    expect(read(ES, 'Uno de ellos lloró cuando Kim lo abrazó en su silla de ruedas.')).toEqual(['Uno de ellos']);
    expect(read(IT, 'Uno di loro ha pianto quando Kim lo ha abbracciato sulla sedia a rotelle.')).toEqual(['Uno di loro']);
    expect(read(FR, "L'un d'eux a pleuré quand Kim l'a embrassé dans son fauteuil roulant.")).toEqual(["L'un d'eux"]);
  });
  it('not without it, nor at a parade', () => {
    expect(read(PT, 'Um deles chorou quando Kim o abraçou durante o desfile.')).toEqual([]);
    expect(read(PT, 'Um deles chorou quando Kim o abraçou numa cadeira de rodas durante o desfile.')).toEqual([]);
  });
});
