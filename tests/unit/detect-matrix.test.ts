import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';

// A concept matrix, per language (own sentences, written for this test, not taken from any corpus or
// page): North Korean troops, soldiers, servicemen, fighters, units, forces, special forces,
// engineers, officers and prisoners of war sent, deployed, arriving, fighting beside Russian forces,
// killed, wounded, captured or suffering losses in Russia, the Kursk region, at the front or in the
// war against Ukraine; the decision to send them, their numbers, the honours and memorials for the
// fallen; in the forms a journalist of the language writes them (adjective or genitive, the
// official name, the capital as the actor, active and passive voice). Near misses (munitions with
// no personnel, summits and treaties, troops at home, the Korean War, workers, Russian troops in
// Kursk) must stay unread.
const found = (text: string) => findMentions(text, { pageContext: false }).length > 0;

const MATRIX: Record<string, { name: string; mentions: string[]; nearMisses: string[] }> = {
  de: {
    name: 'German',
    mentions: [
      'Nordkoreanische Soldaten kämpfen an der Seite russischer Truppen in der Region Kursk.',
      'Nach Angaben Kiews hat Nordkorea rund 11.000 Soldaten nach Russland entsandt.',
      'Nordkorea schickte etwa 12 000 Soldaten nach Russland.',
      'Die nordkoreanischen Truppen sind in der Oblast Kursk eingetroffen.',
      'Mehrere nordkoreanische Soldaten wurden bei Kämpfen im Gebiet Kursk getötet.',
      'Hunderte nordkoreanische Soldaten sollen in Russland verwundet worden sein.',
      'Die ukrainische Armee hat zwei nordkoreanische Soldaten gefangen genommen.',
      'Zwei Kriegsgefangene aus Nordkorea wurden in Kiew verhört.',
      'Die Soldaten aus Nordkorea erlitten schwere Verluste an der Front.',
      'Kim Jong Un hat die Entsendung von Truppen nach Russland angeordnet.',
      'Pjöngjang hat beschlossen, weitere Soldaten an die russische Front zu schicken.',
      'Nordkoreanische Spezialkräfte wurden in die Region Kursk verlegt.',
      'Nordkoreanische Offiziere und Kommandeure halten sich bereits in Russland auf.',
      'Nordkoreanische Pioniere und Minenräumer sollen in Kursk Minen räumen.',
      'Die Streitkräfte der DVRK beteiligen sich am Krieg gegen die Ukraine.',
      'Nordkoreanische Militärangehörige wurden in Russland ausgebildet und an die Front geschickt.',
      'Die Verluste der nordkoreanischen Einheiten in Kursk werden auf 4000 geschätzt.',
      'Kim Jong Un ehrte die in Russland gefallenen Soldaten mit einem Denkmal in Pjöngjang.',
      'Nordkorea hat eine Gedenkstätte für die im Ausland gefallenen Soldaten errichtet.',
      'Rund 11.000 nordkoreanische Kämpfer sind in Russland stationiert.',
      'Die von Nordkorea entsandten Soldaten kämpften Seite an Seite mit den russischen Streitkräften.',
      'Nordkoreas Truppen wurden im Gebiet Kursk eingesetzt.',
      'Nordkoreanische Verbände nahmen an der Rückeroberung des Gebiets Kursk teil.',
      'Nordkoreanische Kriegsgefangene wollen nicht in ihre Heimat zurückkehren.',
      'Nordkorea hat Tausende Soldaten zur Unterstützung der russischen Armee entsandt.',
      'Nordkoreanische Elitesoldaten erlitten hohe Verluste bei Drohnenangriffen.',
      'Ein nordkoreanischer Soldat wurde von ukrainischen Spezialkräften gefangen genommen.',
      'Nordkorea bestätigte erstmals, dass seine Truppen in Russland kämpfen.',
      'Der Einsatz nordkoreanischer Soldaten in Russland verschärft den Krieg.',
      'Nordkoreanisches Militärpersonal ist in Russland eingetroffen.',
      'Angehörige der nordkoreanischen Armee kämpfen im Raum Kursk.',
      'Die nordkoreanischen Streitkräfte haben in Russland Tausende Mann verloren.',
      'Soldaten Nordkoreas wurden an die Front im Gebiet Kursk verlegt.',
      'Dutzende Nordkoreaner sind bei Gefechten gestorben.',
      'Kims Soldaten kämpfen für Putin.',
      'Truppen aus Pjöngjang unterstützen die russische Offensive.',
      'Nordkoreanische Sondereinsatzkräfte sind in der Region Kursk im Einsatz.',
      'Nordkorea entsendet weitere 3000 Mann nach Russland.',
      'Das nordkoreanische Kontingent in Russland umfasst etwa 11 000 Mann.',
      'Soldaten der Koreanischen Volksarmee nahmen an Kampfhandlungen im Gebiet Kursk teil.',
      'Nordkoreanische Militärs sind in Russland ums Leben gekommen.',
      'Kim Jong Un ordnete an, Truppen zur Unterstützung Russlands zu entsenden.',
      'Kim Jong-un hat die Entsendung nordkoreanischer Soldaten nach Russland bestätigt.',
      'Nordkorea hat den Tod seiner Soldaten in Russland eingeräumt.',
      'Die Zahl der getöteten und verwundeten Nordkoreaner wird auf 4000 geschätzt.',
      'Ukrainische Truppen nahmen zwei Soldaten aus Nordkorea gefangen.',
      'Zwei nordkoreanische Gefangene haben um Asyl in Südkorea gebeten.',
      'In Pjöngjang wurde ein Museum für die in Kursk gefallenen Soldaten eröffnet.',
      'Kim Jong Un verlieh den zurückgekehrten Soldaten Orden und Medaillen.',
      'Nordkoreanische Truppen kämpfen Seite an Seite mit russischen Einheiten.',
      'Nordkoreanische Artilleristen und Scharfschützen wurden nach Russland verlegt.',
      'Nordkoreanische Bautruppen und Minenräumer sollen im Gebiet Kursk helfen.',
      'Nordkoreanische Offiziere trafen in Russland ein.',
      'Nordkorea stellte Russland Tausende Soldaten zur Verfügung.',
      'Nordkoreanische Soldaten sind im Krieg in der Ukraine gefallen.',
      'Pjöngjang hat erstmals Verluste unter seinen Soldaten in Russland zugegeben.',
    ],
    nearMisses: [
      'Nordkorea hat Russland Millionen Artilleriegranaten und ballistische Raketen geliefert.',
      'Kim Jong Un traf Putin in Pjöngjang und unterzeichnete einen Vertrag über strategische Partnerschaft.',
      'Nordkoreanische Soldaten überquerten kurz die Demarkationslinie in der entmilitarisierten Zone.',
      'Nordkoreanische Soldaten marschierten bei einer Militärparade in Pjöngjang.',
      'Veteranen des Koreakriegs wurden in Pjöngjang geehrt.',
      'Tausende nordkoreanische Arbeiter sind auf russischen Baustellen in Russland beschäftigt.',
      'Russische Truppen haben weitere Dörfer in der Region Kursk zurückerobert.',
    ],
  },
};

for (const [lang, { name, mentions, nearMisses }] of Object.entries(MATRIX)) {
  describe(`matrix ${lang}: ${name}`, () => {
    it('reads every concept in its usual forms', () => {
      expect(mentions.filter((s) => !found(s))).toEqual([]);
    });
    it('leaves the near misses unread', () => {
      expect(nearMisses.filter((s) => found(s))).toEqual([]);
    });
  });
}
