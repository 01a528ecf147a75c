import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';

// Round 8 (en sk ro): own sentences, with near misses that must stay quiet.
const found = (text: string, pageContext = false) => expect(findMentions(text, { pageContext }).length).toBe(1);
const none = (text: string, pageContext = false) => expect(findMentions(text, { pageContext })).toEqual([]);

describe('sk: participation in the war, "they" said by the auxiliary, the Korean language', () => {
  it('reads the DPRK\'s participation "vo vojne" (Slovak "in") as its troops', () => {
    found('Podľa analytikov ide o začiatok účasti KĽDR vo vojne proti Ukrajine.');
    none('Účasť KĽDR na výstave vo Vladivostoku potvrdilo ministerstvo.');
  });

  it('reads a plural passive whose auxiliary says "they" as the troops on a page about the topic', () => {
    found('Sú držaní v Kyjeve a dostávajú lekársku starostlivosť.', true);
    found('Nasadení sú najmä na fronte pri Kursku.', true);
    found('Boli vyslaní do Ruska ešte na jeseň a bojovali pri Kursku.', true);
    none('Nasadení sú najmä na fronte pri Kursku.');
    // another nation's soldiers are the subject; prices are held, not people
    none('Ruskí vojaci sú nasadení na fronte.', true);
    none('Ceny sú držané nízko.', true);
  });

  it('reads a soldier and "Korean" a few words apart as the troops on a page about the topic', () => {
    found('Zajatý vojak hovorí po kórejsky.', true);
    found('The soldier speaks only Korean.', true);
    none('Zajatý vojak hovorí po kórejsky.');
    none('Kórejský polostrov je rozdelený už desaťročia a vojaci na oboch stranách sú v pohotovosti.', true);
  });
});

describe('en: the men in custody, bandaged wounds, portraits of the corps, its troops', () => {
  it('reads the men held or wounded, and "he" beside a bandage, as the troops on a page about the topic', () => {
    found('The men are in Ukrainian custody in Kyiv, officials said.', true);
    found('A photo showed him with his arm bandaged.', true);
    found('He is now in Ukrainian custody.', true);
    none('The men who run the Kremlin have their own plans.', true);
    none('The men and women of the Ukrainian army defend their positions.', true);
  });

  it('does not read what a unit specializes in, or its history before the war, as its deployment', () => {
    none('The Storm Corps specializes in night raids and small-unit combat.');
    found('The Storm Corps, which specializes in raids, was sent to Kursk.');
    none('In 1983, Pyongyang reorganised the unit into a corps of light infantry brigades.', true);
  });

  it("reads the troops after a state's possessive as the nation's named before it", () => {
    none('Russia said its troops retook two villages in Kursk.', true);
    found('North Korea said its troops helped retake Kursk.');
    // "their" is no state's: the troops the page is about
    found('According to Ukrainian intelligence, their troops suffered heavy losses in Kursk.', true);
  });
});

describe("ro: a state's possessive, Russia's groups of forces, military commentators, taken prisoner", () => {
  it("leaves other nations' troops alone on a page about the topic", () => {
    none('Armata ucraineană își retrage trupele din Kursk.', true);
    none('Armata ucraineană a trimis cele mai bune unități ale sale în Kursk.', true);
    none('Unitățile grupului „Nord” au ocupat trei sate în regiunea Kursk.', true);
    none('Mulți soldați ruși au fost luați prizonieri în Kursk.', true);
    none('Analiști militari spun că frontul din Kursk s-a prăbușit.', true);
    none('Rusia a trimis trupele Moscovei spre Kursk.', true);
  });

  it("still finds North Korea's own troops", () => {
    found('Coreea de Nord își trimite trupele în Kursk.');
    found('Soldații nord-coreeni au fost luați prizonieri în Kursk.');
    found('Militarii au fost trimiși pe frontul din Kursk.', true);
  });
});

describe('ro hu fi: operations abroad, the fallen and heroes, deployment; self-detonation as his fate', () => {
  it('ro: fought, operations abroad, a hero, the army in its cases, one soldier, are war context or personnel', () => {
    found('Kim a decorat ofițerii care au luptat în operațiuni externe.');
    found('Liderul a lăudat puterea armatei nord-coreene în operaţiunile din străinătate.');
    found('Kim Jong Un a depus flori în fața portretului unui militar căzut, iar medaliile au fost înmânate familiilor.');
    none('Kim Jong Un a vizitat o expoziție de arme în străinătate.');
    // a parade in its verb forms is a near miss
    none('Soldații nord-coreeni au defilat la Phenian, iar Kim i-a numit eroi ai națiunii.');
  });

  it('hu: deployment (bevetés), the deceased, heroic, are war context', () => {
    found('A kormány tagadta a katonák bevetését, de később elismerte az észak-koreai erők részvételét.');
    found('Az észak-koreai katonák hősies harcát méltatta.');
    none('Az észak-koreai katonák a hadgyakorlaton hősiesen teljesítettek.');
  });

  it('fi: a foreign land and abroad are war context beside the troops', () => {
    found('Kim ylisti sotilaita, jotka palasivat kotiin ulkomailta.');
    none('Kim ylisti sotilaita, jotka palasivat kotiin harjoituksista.');
  });

  it('reads "he" beside blowing himself up as a soldier on a page about the topic', () => {
    found('When Ukrainian soldiers approached, he detonated a grenade.', true);
    found('Când soldații ucraineni s-au apropiat de el, acesta a detonat o grenadă.', true);
    found('Keď sa priblížili, on odpálil granát.', true);
    found('Amikor az ukrán katonák közeledtek, ő felrobbantotta magát.', true);
    found('Hän räjäytti itsensä, kun sotilaat lähestyivät.', true);
    none('He said the minister took his own car.', true);
  });
});

describe('ro: comma-below and cedilla spellings alike; sk: Slovak forms the Czech stems miss', () => {
  it('ro: reads ş ţ as ș ț in every list, look-arounds included', () => {
    found('Soldaţii nord-coreeni au fost trimişi pe frontul din Kursk.');
    found('Serviciile sud-coreene estimează numărul morţilor la cel puţin 600.', true);
    none('Mulţi soldaţi ruşi au fost luaţi uşor prizonieri în Kursk.', true);
    none('Mulți soldați ruși au fost luați ușor prizonieri în Kursk.', true);
    // the letters that tell Romanian from Turkish count once
    expect(findMentions("Kim Jong-un Pyongyang'da cepheden dönen askerlere madalya verdi.")[0]?.lang).toBe('tr');
  });

  it('sk: the dead, officers, a memorial, in their Slovak forms', () => {
    found('Pri Kursku padlo mnoho severokórejských vojakov a počet mŕtvych rastie.');
    found('Kim Čong-un odhalil pamätník severokórejským vojakom.');
    none('Spevácky zbor vystúpil v Pchjongjangu.');
    none('Severokórejskí pracovníci pricestovali do Ruska.');
  });
});
