import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';

// Kinds of sentence the detector is to read in every language (own sentences, not corpus ones):
// losses named instead of troops, the force by its role or official name, kinds of troops other
// than infantry, dispatch joined with a loss, an award, a memorial or a return, and the official
// wording about the operation and its honours. Near misses must stay unread.
const found = (text: string) => findMentions(text, { pageContext: false }).length > 0;
const all = (list: string[]) => list.filter((s) => !found(s));
const unread = (list: string[]) => list.filter((s) => found(s));

describe('kinds: losses named instead of troops', () => {
  it('reads the losses, the dead, the fallen of North Korea', () => {
    expect(
      all([
        'Nordkorea hat erstmals eigene Gefallene im Krieg gegen die Ukraine eingeräumt.',
        'De nordkoreanske tapene i Kursk-regionen er store.',
        'De nordkoreanska förlusterna i Kursk är stora.',
        'Severokorejské ztráty v Kurské oblasti jsou vysoké.',
        'Severokórejské straty v Kurskej oblasti sú vysoké.',
        "Kuzey Kore'nin Kursk bölgesindeki kayıpları binleri buldu.",
        'بلغت خسائر كوريا الشمالية في منطقة كورسك عدة آلاف.',
        'ჩრდილოეთ კორეის დანაკარგები კურსკის რეგიონში ათასობით შეფასდა.',
        'Pierderile nord-coreene din regiunea Kursk sunt de ordinul miilor.',
        'Severnokorejski gubici u Kurskoj oblasti su veliki.',
        'Загубите на Северна Корея в Курска област се оценяват на хиляди.',
        'Thương vong của Triều Tiên ở Kursk ước tính lên tới hàng nghìn.',
        'Šiaurės Korėjos nuostoliai Kursko srityje siekia tūkstančius.',
        'Ziemeļkorejas zaudējumi Kurskas apgabalā sasniedz tūkstošus.',
        'การสูญเสียของเกาหลีเหนือในเคิร์สก์มีหลายพันนาย',
      ]),
    ).toEqual([]);
  });
});

describe('kinds: troops other than infantry', () => {
  it('reads deminers, military builders, drone pilots', () => {
    expect(
      all([
        'Nordkoreanische Drohnenpiloten lernen im Krieg gegen die Ukraine.',
        'Noord-Korea stuurt duizend ontmijners en vijfduizend militaire bouwvakkers naar Koersk.',
        'Noord-Koreaanse dronepiloten doen ervaring op in de oorlog tegen Oekraïne.',
        'Severní Korea pošle tisíc pyrotechniků a pět tisíc vojenských stavbařů do Kurska.',
        'Severna Koreja šalje hiljadu pirotehničara i pet hiljada vojnih građevinaca u Kursk.',
        'Северна Кореја шаље хиљаду пиротехничара у Курск.',
        'سترسل كوريا الشمالية ألف خبير في إزالة الألغام وخمسة آلاف عامل بناء عسكري إلى كورسك.',
        'उत्तर कोरिया कुर्स्क में एक हजार सैपर और पांच हजार सैन्य निर्माण कर्मी भेजेगा।',
        '북한은 지뢰제거 인력과 군사건설 인력을 러시아에 보냈다.',
        'North Korea sends troops to Russia to clear landmines.',
        'Nordkorea sender minerydningseksperter og militære bygningsarbejdere til Kursk.',
      ]),
    ).toEqual([]);
  });

  it('reads the force by its official abbreviation', () => {
    expect(all(['Pripadnici KNA bore se rame uz rame sa ruskim snagama u Kursku.'])).toEqual([]);
  });

  it('reads the contingent', () => {
    expect(all(['Kontingen Korea Utara di Rusia berjumlah sekitar 11.000 orang.'])).toEqual([]);
  });
});

describe('kinds: honours and the return of the troops', () => {
  it('reads awards for the overseas operation and the return home', () => {
    expect(
      all([
        'Kim Jong-un condecoró a los militares que regresaron de la operación en el extranjero.',
        'Kim condecorou os militares que regressaram da operação no exterior.',
        'კიმ ჩენ ინმა საზღვარგარეთის ოპერაციიდან დაბრუნებული ჯარისკაცები მედლებით დააჯილდოვა.',
        '金正恩氏は帰国した将兵を出迎えた。',
        '김정은은 귀환한 공병부대 장병들을 맞이했다.',
        '金正恩迎接从俄罗斯凯旋归来的工兵部队。',
      ]),
    ).toEqual([]);
  });
});

describe('kinds: official wording', () => {
  it('reads the heroes of the operation, the participation in the liberation of Kursk, the fallen', () => {
    expect(
      all([
        'Kim Jong Un laid flowers at the memorial to the heroes of the overseas military operation.',
        'Putin dankte Nordkorea für die Beteiligung an der Befreiung des Gebiets Kursk.',
        'Kim Jong-un şehit askerlerin aileleriyle görüştü.',
        'التقى كيم جونغ أون بعائلات الجنود الذين سقطوا.',
        'Kim Jong-un a rendu hommage aux héros tombés lors de la libération de Koursk.',
        'Kim Jong-un rindió homenaje a los héroes caídos en la liberación de Kursk.',
        'Kim Jong-un homenageou os heróis tombados na libertação de Kursk.',
        'Kim Jong-un eerde de helden die sneuvelden bij de bevrijding van Koersk.',
        "Kim Jong-un, Kursk'un kurtarılmasında hayatını kaybeden kahramanları andı.",
        'Кім Чен Ин вшанував пам’ять героїв, які загинули під час звільнення Курщини.',
      ]),
    ).toEqual([]);
    // heroes of labour or of another war are not the troops
    expect(
      unread([
        'Kim Jong Un praised the heroes of the Chollima movement in Russia and at home.',
        'Kim Jong-un a rendu hommage aux héros de la guerre de Corée.',
      ]),
    ).toEqual([]);
  });
});

describe('kinds: near misses stay unread', () => {
  it('leaves troops at home, defectors, munitions alone', () => {
    expect(
      unread([
        '北朝鮮兵が軍事境界線を越えて韓国側に亡命した。',
        '북한 병사가 군사분계선을 넘어 귀순했다.',
        '북한군이 비무장지대에 지뢰를 매설했다.',
        'North Korean soldiers planted landmines near the border with South Korea.',
        'North Korea has shipped millions of artillery shells to Russia.',
        'Nordkoreanische Soldaten patrouillieren an der Grenze zu Südkorea.',
        'Kim Jong Un visited a memorial to the Korean War heroes in Pyongyang.',
      ]),
    ).toEqual([]);
  });
});

describe('kinds: support for the Russian army with no one sent', () => {
  it("leaves a declaration of support for Russia's army unread", () => {
    expect(
      unread([
        'Korea Północna wyraziła pełne poparcie dla armii rosyjskiej.',
        '朝鲜表示全力支持俄罗斯军队。',
        'Kuzey Kore, Rus ordusuna tam destek verdiğini açıkladı.',
        'उत्तर कोरिया ने रूसी सेना को पूर्ण समर्थन दिया।',
        '朝鲜战争期间，朝鲜军队与联合国军作战。',
      ]),
    ).toEqual([]);
  });

  it('still reads troops that both nations own', () => {
    expect(
      all([
        'Po ciężkich walkach pod Kurskiem oddziały rosyjskie i północnokoreańskie przeszły do ofensywy.',
        'Ukraina walczy z armią rosyjską i północnokoreańską w obwodzie kurskim.',
        '朝鲜和俄罗斯军队在库尔斯克并肩作战。',
        'North Korean and Russian troops fought together near Kursk.',
      ]),
    ).toEqual([]);
  });
});

describe('kinds: participation in the fighting', () => {
  it('reads participation in the fighting, not in talks or games', () => {
    expect(
      all([
        'Pohjois-Korean osallistuminen taisteluihin Kurskissa on vahvistettu.',
        'Účast Severní Koreje v bojích v Kurské oblasti byla potvrzena.',
        "Kuzey Kore'nin Kursk'taki çatışmalara katılımı doğrulandı.",
        'تأكدت مشاركة كوريا الشمالية في المعارك في كورسك.',
        '北朝鮮のクルスクでの戦闘への参加が確認された。',
        '朝鲜参与库尔斯克战斗已得到证实。',
        '북한의 쿠르스크 전투 참여가 확인됐다.',
        'ჩრდილოეთ კორეის მონაწილეობა კურსკის ბრძოლებში დადასტურდა.',
      ]),
    ).toEqual([]);
    expect(
      unread([
        'La participation de la Corée du Nord aux Jeux olympiques est confirmée.',
        'Pohjois-Korean osallistuminen talousfoorumiin Venäjällä on vahvistettu.',
        '북한의 러시아 경제포럼 참여가 확인됐다.',
      ]),
    ).toEqual([]);
  });
});
