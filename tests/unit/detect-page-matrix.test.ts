import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';

// The reading with page context, per language, on one short page of own sentences (written for this
// test, not taken from any corpus or page): an opening sentence that names North Korean troops in
// Russia, then sentences that refer to them only through the page (a plural or singular pronoun as
// subject or in another case, a subject left to the verb, "the soldiers", "these fighters", "the
// prisoners", "the wounded", "the unit", their numbers, losses, capture, interrogation, being sent
// or withdrawn, honours), and near misses on the same page (Russian or Ukrainian soldiers,
// civilians, the war in general, North Korean missiles, the Korean War) that must stay unread.
// Each language's sentences follow one plan, in this order:
// refer: 0 they were sent to the front; 1 two of them were captured and questioned; 2 the soldiers
//   had been told they were going to Russia for training; 3 these fighters suffered losses; 4 the
//   prisoners said they did not want to go home; 5 the wounded were flown to hospitals in Moscow;
//   6 he was captured after hiding in a trench; 7 the unit was withdrawn from the front; 8 about
//   4,000 of them were killed or wounded; 9 their commanders were decorated.
// near: 0 Russian soldiers' losses; 1 Ukrainian troops entered Kursk; 2 civilians evacuated; 3 the
//   war has lasted three years; 4 North Korean missiles and shells; 5 the Korean War's dead.
interface Page {
  opening: string;
  refer: string[];
  near: string[];
  /** Sentences of `refer` still missed, each with the kind of case it is. */
  missed?: string[];
}

const PAGES: Record<string, Page> = {
  en: {
    opening: 'North Korean troops have been fighting for Russia in the Kursk region since the autumn.',
    refer: [
      'They were sent to the front after only a few weeks of training.',
      'Two of them were taken prisoner and questioned in Kyiv.',
      'The soldiers had been told that they were going to Russia for training.',
      'These fighters suffered heavy losses in drone attacks.',
      'The prisoners said they did not want to go back home.',
      'The wounded were flown to military hospitals in Moscow.',
      'He was captured after hiding in a trench for three days.',
      'The unit was withdrawn from the front in March.',
      'Around 4,000 of them have been killed or wounded so far.',
      'Their commanders were later decorated with state awards.',
    ],
    near: [
      'Russian soldiers also suffered heavy losses in the region.',
      'Ukrainian troops entered the Kursk region in August 2024.',
      'Civilians from the border villages were evacuated to safer areas.',
      'The war has now lasted for more than three years.',
      'North Korea has also supplied ballistic missiles and artillery shells.',
      'In the Korean War, millions of soldiers and civilians died.',
    ],
  },
  de: {
    opening: 'Nordkoreanische Soldaten kämpfen seit dem Herbst in der Region Kursk für Russland.',
    refer: [
      'Sie wurden nach nur wenigen Wochen Ausbildung an die Front geschickt.',
      'Zwei von ihnen wurden gefangen genommen und in Kiew verhört.',
      'Den Soldaten hatte man gesagt, sie würden zur Ausbildung nach Russland fahren.',
      'Diese Kämpfer erlitten bei Drohnenangriffen schwere Verluste.',
      'Die Gefangenen sagten, sie wollten nicht nach Hause zurückkehren.',
      'Die Verwundeten wurden in Militärkrankenhäuser nach Moskau geflogen.',
      'Er geriet in Gefangenschaft, nachdem er sich drei Tage lang in einem Graben versteckt hatte.',
      'Die Einheit wurde im März von der Front abgezogen.',
      'Rund 4000 von ihnen sollen bisher getötet oder verwundet worden sein.',
      'Ihre Kommandeure wurden später mit staatlichen Orden ausgezeichnet.',
    ],
    near: [
      'Auch russische Soldaten erlitten in der Region schwere Verluste.',
      'Ukrainische Truppen drangen im August 2024 in die Region Kursk ein.',
      'Zivilisten aus den Grenzdörfern wurden in sicherere Gebiete gebracht.',
      'Der Krieg dauert inzwischen mehr als drei Jahre.',
      'Nordkorea hat außerdem ballistische Raketen und Artilleriegranaten geliefert.',
      'Im Koreakrieg starben Millionen Soldaten und Zivilisten.',
    ],
  },
  fr: {
    opening: "Des soldats nord-coréens combattent pour la Russie dans la région de Koursk depuis l'automne.",
    refer: [
      "Ils ont été envoyés au front après quelques semaines d'entraînement seulement.",
      "Deux d'entre eux ont été faits prisonniers et interrogés à Kiev.",
      "On avait dit aux soldats qu'ils partaient en Russie pour un entraînement.",
      "Ces combattants ont subi de lourdes pertes lors d'attaques de drones.",
      "Les prisonniers ont déclaré qu'ils ne voulaient pas rentrer chez eux.",
      'Les blessés ont été transportés par avion vers des hôpitaux militaires de Moscou.',
      "Il a été capturé après s'être caché trois jours dans une tranchée.",
      "L'unité a été retirée du front en mars.",
      "Environ 4 000 d'entre eux auraient été tués ou blessés jusqu'à présent.",
      "Leurs commandants ont ensuite reçu des décorations d'État.",
    ],
    near: [
      'Les soldats russes ont eux aussi subi de lourdes pertes dans la région.',
      'Les troupes ukrainiennes sont entrées dans la région de Koursk en août 2024.',
      'Les civils des villages frontaliers ont été évacués vers des zones plus sûres.',
      'La guerre dure maintenant depuis plus de trois ans.',
      "La Corée du Nord a également fourni des missiles balistiques et des obus d'artillerie.",
      'Pendant la guerre de Corée, des millions de soldats et de civils sont morts.',
    ],
    missed: [
      // the unit in the singular: "unité" is also unity
      "L'unité a été retirée du front en mars.",
    ],
  },
  es: {
    opening: 'Soldados norcoreanos combaten por Rusia en la región de Kursk desde el otoño.',
    refer: [
      'Fueron enviados al frente tras solo unas semanas de entrenamiento.',
      'Dos de ellos fueron capturados e interrogados en Kiev.',
      'A los soldados les habían dicho que iban a Rusia para recibir entrenamiento.',
      'Estos combatientes sufrieron grandes pérdidas en ataques con drones.',
      'Los prisioneros dijeron que no querían volver a casa.',
      'Los heridos fueron trasladados en avión a hospitales militares de Moscú.',
      'Fue capturado después de esconderse tres días en una trinchera.',
      'La unidad fue retirada del frente en marzo.',
      'Unos 4.000 de ellos habrían muerto o resultado heridos hasta ahora.',
      'Sus comandantes fueron condecorados más tarde con medallas estatales.',
    ],
    near: [
      'Los soldados rusos también sufrieron grandes pérdidas en la región.',
      'Las tropas ucranianas entraron en la región de Kursk en agosto de 2024.',
      'Los civiles de los pueblos fronterizos fueron evacuados a zonas más seguras.',
      'La guerra dura ya más de tres años.',
      'Corea del Norte también ha suministrado misiles balísticos y proyectiles de artillería.',
      'En la guerra de Corea murieron millones de soldados y civiles.',
    ],
    missed: [
      // the unit in the singular: "unidad" is also unity
      'La unidad fue retirada del frente en marzo.',
    ],
  },
  it: {
    opening: "Soldati nordcoreani combattono per la Russia nella regione di Kursk dall'autunno.",
    refer: [
      'Sono stati mandati al fronte dopo poche settimane di addestramento.',
      'Due di loro sono stati fatti prigionieri e interrogati a Kiev.',
      'Ai soldati era stato detto che andavano in Russia per un addestramento.',
      'Questi combattenti hanno subito pesanti perdite negli attacchi con i droni.',
      'I prigionieri hanno detto di non voler tornare a casa.',
      'I feriti sono stati trasferiti in aereo negli ospedali militari di Mosca.',
      'È stato catturato dopo essersi nascosto per tre giorni in una trincea.',
      "L'unità è stata ritirata dal fronte a marzo.",
      'Circa 4.000 di loro sarebbero stati uccisi o feriti finora.',
      'I loro comandanti sono stati poi insigniti di onorificenze statali.',
    ],
    near: [
      'Anche i soldati russi hanno subito pesanti perdite nella regione.',
      "Le truppe ucraine sono entrate nella regione di Kursk nell'agosto 2024.",
      'I civili dei villaggi di confine sono stati evacuati in zone più sicure.',
      'La guerra dura ormai da più di tre anni.',
      'La Corea del Nord ha fornito anche missili balistici e proiettili di artiglieria.',
      'Durante la guerra di Corea morirono milioni di soldati e civili.',
    ],
    missed: [
      // the unit in the singular: "unità" is also unity
      "L'unità è stata ritirata dal fronte a marzo.",
    ],
  },
  pt: {
    opening: 'Soldados norte-coreanos combatem pela Rússia na região de Kursk desde o outono.',
    refer: [
      'Foram enviados para a frente após apenas algumas semanas de treino.',
      'Dois deles foram capturados e interrogados em Kiev.',
      'Aos soldados tinham dito que iam para a Rússia fazer treino.',
      'Estes combatentes sofreram pesadas baixas em ataques de drones.',
      'Os prisioneiros disseram que não queriam voltar para casa.',
      'Os feridos foram levados de avião para hospitais militares em Moscou.',
      'Foi capturado depois de se esconder três dias numa trincheira.',
      'A unidade foi retirada da frente em março.',
      'Cerca de 4.000 deles terão sido mortos ou feridos até agora.',
      'Os seus comandantes foram depois condecorados com medalhas do Estado.',
    ],
    near: [
      'Os soldados russos também sofreram pesadas baixas na região.',
      'As tropas ucranianas entraram na região de Kursk em agosto de 2024.',
      'Os civis das aldeias fronteiriças foram retirados para zonas mais seguras.',
      'A guerra dura já há mais de três anos.',
      'A Coreia do Norte também forneceu mísseis balísticos e projéteis de artilharia.',
      'Na Guerra da Coreia morreram milhões de soldados e civis.',
    ],
    missed: [
      // the unit in the singular: "unidade" is also unity
      'A unidade foi retirada da frente em março.',
    ],
  },
  pl: {
    opening: 'Północnokoreańscy żołnierze walczą po stronie Rosji w obwodzie kurskim od jesieni.',
    refer: [
      'Zostali wysłani na front po zaledwie kilku tygodniach szkolenia.',
      'Dwóch z nich trafiło do niewoli i zostało przesłuchanych w Kijowie.',
      'Żołnierzom powiedziano, że jadą do Rosji na szkolenie.',
      'Ci bojownicy ponieśli ciężkie straty w atakach dronów.',
      'Jeńcy powiedzieli, że nie chcą wracać do domu.',
      'Rannych przewieziono samolotem do szpitali wojskowych w Moskwie.',
      'Dostał się do niewoli po trzech dniach ukrywania się w okopie.',
      'Jednostka została wycofana z frontu w marcu.',
      'Około 4 tysięcy z nich zginęło lub zostało rannych.',
      'Ich dowódcy zostali później odznaczeni orderami państwowymi.',
    ],
    near: [
      'Rosyjscy żołnierze również ponieśli w regionie ciężkie straty.',
      'Wojska ukraińskie wkroczyły do obwodu kurskiego w sierpniu 2024 roku.',
      'Cywilów z przygranicznych wsi ewakuowano w bezpieczniejsze miejsca.',
      'Wojna trwa już ponad trzy lata.',
      'Korea Północna dostarczyła również pociski balistyczne i amunicję artyleryjską.',
      'W czasie wojny koreańskiej zginęły miliony żołnierzy i cywilów.',
    ],
  },
  ru: {
    opening: 'Северокорейские военные с осени воюют на стороне России в Курской области.',
    refer: [
      'Их отправили на фронт всего после нескольких недель подготовки.',
      'Двое из них попали в плен и были допрошены в Киеве.',
      'Солдатам сказали, что они едут в Россию на учения.',
      'Эти бойцы понесли тяжёлые потери от ударов дронов.',
      'Пленные заявили, что не хотят возвращаться домой.',
      'Раненых доставили самолётом в военные госпитали Москвы.',
      'Он попал в плен, после того как три дня прятался в окопе.',
      'В марте подразделение было выведено с фронта.',
      'Около 4 тысяч из них погибли или были ранены.',
      'Их командиры позже были награждены государственными орденами.',
    ],
    near: [
      'Российские солдаты также понесли в регионе тяжёлые потери.',
      'Украинские войска вошли в Курскую область в августе 2024 года.',
      'Мирных жителей приграничных сёл эвакуировали в безопасные районы.',
      'Война длится уже более трёх лет.',
      'КНДР также поставляла баллистические ракеты и артиллерийские снаряды.',
      'Во время Корейской войны погибли миллионы солдат и мирных жителей.',
    ],
    missed: [
      // "учения" (drills) is a near-miss cue: troops at home
      'Солдатам сказали, что они едут в Россию на учения.',
    ],
  },
  uk: {
    opening: 'Північнокорейські військові з осені воюють на боці Росії в Курській області.',
    refer: [
      'Їх відправили на фронт лише після кількох тижнів підготовки.',
      'Двоє з них потрапили в полон і були допитані в Києві.',
      'Солдатам сказали, що вони їдуть до Росії на навчання.',
      'Ці бійці зазнали важких втрат від ударів дронів.',
      'Полонені заявили, що не хочуть повертатися додому.',
      'Поранених доправили літаком до військових шпиталів Москви.',
      'Він потрапив у полон після того, як три дні ховався в окопі.',
      'У березні підрозділ вивели з фронту.',
      'Близько 4 тисяч з них загинули або були поранені.',
      'Їхніх командирів згодом нагородили державними орденами.',
    ],
    near: [
      'Російські солдати також зазнали в регіоні важких втрат.',
      'Українські війська увійшли до Курської області в серпні 2024 року.',
      'Мирних жителів прикордонних сіл евакуювали до безпечніших районів.',
      'Війна триває вже понад три роки.',
      'КНДР також постачала балістичні ракети та артилерійські снаряди.',
      'Під час Корейської війни загинули мільйони солдатів і цивільних.',
    ],
    missed: [
      // "навчання" (drills) is a near-miss cue: troops at home
      'Солдатам сказали, що вони їдуть до Росії на навчання.',
    ],
  },
  cs: {
    opening: 'Severokorejští vojáci bojují od podzimu na straně Ruska v Kurské oblasti.',
    refer: [
      'Na frontu byli posláni po pouhých několika týdnech výcviku.',
      'Dva z nich padli do zajetí a byli vyslechnuti v Kyjevě.',
      'Vojákům řekli, že jedou do Ruska na výcvik.',
      'Tito bojovníci utrpěli při útocích dronů těžké ztráty.',
      'Zajatci řekli, že se nechtějí vrátit domů.',
      'Ranění byli letecky převezeni do vojenských nemocnic v Moskvě.',
      'Do zajetí padl poté, co se tři dny skrýval v zákopu.',
      'Jednotka byla v březnu stažena z fronty.',
      'Asi 4 tisíce z nich zahynuly nebo byly zraněny.',
      'Jejich velitelé byli později vyznamenáni státními řády.',
    ],
    near: [
      'Také ruští vojáci utrpěli v regionu těžké ztráty.',
      'Ukrajinská vojska vstoupila do Kurské oblasti v srpnu 2024.',
      'Civilisté z pohraničních vesnic byli evakuováni do bezpečnějších oblastí.',
      'Válka trvá už více než tři roky.',
      'Severní Korea dodala také balistické rakety a dělostřeleckou munici.',
      'Za korejské války zahynuly miliony vojáků a civilistů.',
    ],
    missed: [
      // a place before the verb that says "they" may be a named place ("In Kyiv they")
      'Na frontu byli posláni po pouhých několika týdnech výcviku.',
    ],
  },
  nl: {
    opening: 'Noord-Koreaanse soldaten vechten sinds de herfst voor Rusland in de regio Koersk.',
    refer: [
      'Ze werden na slechts enkele weken training naar het front gestuurd.',
      'Twee van hen werden krijgsgevangen gemaakt en in Kiev verhoord.',
      'De soldaten was verteld dat ze voor een training naar Rusland gingen.',
      'Deze strijders leden zware verliezen bij droneaanvallen.',
      'De gevangenen zeiden dat ze niet naar huis terug wilden.',
      'De gewonden werden naar militaire ziekenhuizen in Moskou gevlogen.',
      'Hij werd gevangengenomen nadat hij zich drie dagen in een loopgraaf had verstopt.',
      'De eenheid werd in maart van het front teruggetrokken.',
      'Ongeveer 4000 van hen zijn tot nu toe gedood of gewond.',
      'Hun commandanten kregen later staatsonderscheidingen.',
    ],
    near: [
      'Ook Russische soldaten leden zware verliezen in de regio.',
      'Oekraïense troepen vielen in augustus 2024 de regio Koersk binnen.',
      'Burgers uit de grensdorpen werden naar veiligere gebieden geëvacueerd.',
      'De oorlog duurt inmiddels meer dan drie jaar.',
      'Noord-Korea heeft ook ballistische raketten en artilleriegranaten geleverd.',
      'Tijdens de Koreaanse Oorlog kwamen miljoenen soldaten en burgers om.',
    ],
  },
  sv: {
    opening: 'Nordkoreanska soldater har sedan i höstas stridit för Ryssland i Kursk-regionen.',
    refer: [
      'De skickades till fronten efter bara några veckors utbildning.',
      'Två av dem togs till fånga och förhördes i Kiev.',
      'Soldaterna hade fått höra att de skulle till Ryssland på utbildning.',
      'Dessa styrkor led svåra förluster i drönarattacker.',
      'Fångarna sade att de inte ville återvända hem.',
      'De sårade flögs till militärsjukhus i Moskva.',
      'Han togs till fånga efter att ha gömt sig i ett dike i tre dagar.',
      'Förbandet drogs tillbaka från fronten i mars.',
      'Omkring 4 000 av dem har hittills dödats eller sårats.',
      'Deras befälhavare fick senare statliga utmärkelser.',
    ],
    near: [
      'Även ryska soldater led svåra förluster i regionen.',
      'Ukrainska trupper gick in i Kursk-regionen i augusti 2024.',
      'Civila från gränsbyarna evakuerades till säkrare områden.',
      'Kriget har nu pågått i mer än tre år.',
      'Nordkorea har också levererat ballistiska robotar och artillerigranater.',
      'Under Koreakriget dog miljontals soldater och civila.',
    ],
  },
  tr: {
    opening: 'Kuzey Koreli askerler sonbahardan bu yana Kursk bölgesinde Rusya için savaşıyor.',
    refer: [
      'Sadece birkaç haftalık eğitimin ardından cepheye gönderildiler.',
      "İçlerinden ikisi esir alındı ve Kiev'de sorgulandı.",
      "Askerlere eğitim için Rusya'ya gidecekleri söylenmişti.",
      'Bu savaşçılar insansız hava aracı saldırılarında ağır kayıplar verdi.',
      'Esirler eve dönmek istemediklerini söyledi.',
      "Yaralılar uçakla Moskova'daki askeri hastanelere götürüldü.",
      'Üç gün boyunca bir siperde saklandıktan sonra esir alındı.',
      'Birlik mart ayında cepheden çekildi.',
      'İçlerinden yaklaşık 4 bini şimdiye kadar öldü ya da yaralandı.',
      'Komutanlarına daha sonra devlet nişanları verildi.',
    ],
    near: [
      'Rus askerleri de bölgede ağır kayıplar verdi.',
      "Ukrayna birlikleri Ağustos 2024'te Kursk bölgesine girdi.",
      'Sınır köylerindeki siviller daha güvenli bölgelere tahliye edildi.',
      'Savaş artık üç yıldan uzun süredir devam ediyor.',
      'Kuzey Kore ayrıca balistik füze ve topçu mermisi de sağladı.',
      'Kore Savaşı sırasında milyonlarca asker ve sivil öldü.',
    ],
  },
  ja: {
    opening: '北朝鮮兵は秋からクルスク州でロシア側として戦っている。',
    refer: [
      '彼らはわずか数週間の訓練の後、前線に送られた。',
      'そのうち2人が捕虜となり、キーウで尋問を受けた。',
      '兵士たちは訓練のためにロシアへ行くと聞かされていた。',
      'これらの兵士はドローン攻撃で大きな損害を受けた。',
      '捕虜たちは故郷に帰りたくないと語った。',
      '負傷者は飛行機でモスクワの軍病院に運ばれた。',
      '3日間塹壕に隠れた後、捕らえられた。',
      '部隊は3月に前線から撤退した。',
      'これまでに約4000人が死傷したとみられる。',
      '指揮官たちは後に国家勲章を授与された。',
    ],
    near: [
      'ロシア兵も同地域で大きな損害を出した。',
      'ウクライナ軍は2024年8月にクルスク州に進攻した。',
      '国境の村の住民は安全な地域に避難した。',
      '戦争はすでに3年以上続いている。',
      '北朝鮮は弾道ミサイルや砲弾も供与している。',
      '朝鮮戦争では数百万人の兵士と民間人が死亡した。',
    ],
    missed: [
      // his fate with no subject, at the clause's end
      '3日間塹壕に隠れた後、捕らえられた。',
    ],
  },
  ko: {
    opening: '북한군은 가을부터 쿠르스크 지역에서 러시아 편에서 싸우고 있다.',
    refer: [
      '이들은 불과 몇 주간의 훈련을 받은 뒤 전선에 투입됐다.',
      '그중 2명이 포로로 잡혀 키이우에서 심문을 받았다.',
      '병사들은 훈련을 받으러 러시아에 간다고 들었다.',
      '이 병력은 드론 공격으로 큰 피해를 입었다.',
      '포로들은 고향으로 돌아가고 싶지 않다고 말했다.',
      '부상자들은 항공편으로 모스크바의 군 병원으로 이송됐다.',
      '그는 참호에서 사흘 동안 숨어 있다가 생포됐다.',
      '해당 부대는 3월에 전선에서 철수했다.',
      '지금까지 약 4천 명이 죽거나 다친 것으로 추정된다.',
      '지휘관들은 이후 국가 훈장을 받았다.',
    ],
    near: [
      '러시아군도 이 지역에서 큰 피해를 입었다.',
      '우크라이나군은 2024년 8월 쿠르스크 지역에 진입했다.',
      '국경 마을 주민들은 안전한 지역으로 대피했다.',
      '전쟁은 벌써 3년 넘게 이어지고 있다.',
      '북한은 탄도미사일과 포탄도 제공했다.',
      '한국전쟁 당시 수백만 명의 군인과 민간인이 숨졌다.',
    ],
    missed: [
      // a count of people ("4천 명") is no personnel word
      '지금까지 약 4천 명이 죽거나 다친 것으로 추정된다.',
    ],
  },
  zh: {
    opening: '朝鲜士兵自秋季以来一直在库尔斯克州为俄罗斯作战。',
    refer: [
      '他们仅接受了几周训练就被派往前线。',
      '其中两人被俘，并在基辅接受审讯。',
      '士兵们被告知是去俄罗斯参加训练。',
      '这些士兵在无人机袭击中伤亡惨重。',
      '战俘们表示不想回国。',
      '伤员被空运到莫斯科的军队医院。',
      '在战壕里躲了三天后被俘。',
      '该部队于3月撤离前线。',
      '迄今约有4000人伤亡。',
      '他们的指挥官后来被授予国家勋章。',
    ],
    near: [
      '俄罗斯士兵在该地区也损失惨重。',
      '乌克兰军队于2024年8月进入库尔斯克州。',
      '边境村庄的平民被疏散到更安全的地区。',
      '这场战争已经持续了三年多。',
      '朝鲜还提供了弹道导弹和炮弹。',
      '朝鲜战争期间，数百万士兵和平民丧生。',
    ],
    missed: [
      // his fate with no subject, at the clause's end
      '在战壕里躲了三天后被俘。',
    ],
  },
};

/** The page: the opening, then the other sentences, near misses between those that refer to the troops. */
function pageOf(p: Page): string[] {
  const out = [p.opening];
  const near = [...p.near];
  p.refer.forEach((s, i) => {
    out.push(s);
    if (i % 2 === 1 && near.length > 0) out.push(near.shift()!);
  });
  return [...out, ...near];
}

/** The sentences of the page that findMentions, with page context, finds a mention in. */
function foundOn(sentences: string[], sep: string): Set<string> {
  const text = sentences.join(sep);
  const starts: number[] = [];
  let at = 0;
  for (const s of sentences) {
    starts.push(at);
    at += s.length + sep.length;
  }
  const out = new Set<string>();
  for (const m of findMentions(text, { pageContext: true })) {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > m.start) i--;
    out.add(sentences[i]);
  }
  return out;
}

describe('page context: sentences that refer to the troops only through the page', () => {
  it.each(Object.keys(PAGES))('%s', (lang) => {
    const p = PAGES[lang];
    const sentences = pageOf(p);
    const found = foundOn(sentences, p.opening.endsWith('。') ? '' : ' ');
    expect(found.has(p.opening)).toBe(true);
    expect({ missed: p.refer.filter((s) => !found.has(s)), read: p.near.filter((s) => found.has(s)) }).toEqual({
      missed: p.missed ?? [],
      read: [],
    });
  });
});

describe('page context: the same kinds where another nation is their subject, or munitions', () => {
  const read = (opening: string, s: string) =>
    findMentions(`${opening} ${s}`, { pageContext: true })
      .filter((m) => m.start > opening.length)
      .map((m) => m.text);
  it("reads a loss word after another nation's personnel word in its clause as theirs", () => {
    const en = 'North Korean troops fight for Russia in Kursk.';
    expect(read(en, 'Russian soldiers also suffered heavy losses in the region.')).toEqual([]);
    expect(read(en, 'Russian troops withdrew; losses were heavy.')).toEqual(['losses']);
    expect(read(en, 'Their losses were heavy, Ukraine says.')).toEqual(['losses']);
    const fr = 'Des soldats nord-coréens combattent dans la région de Koursk.';
    expect(read(fr, 'Les soldats russes ont eux aussi subi de lourdes pertes.')).toEqual([]);
    expect(read(fr, 'Les forces ukrainiennes les ont capturés, eux et leurs armes, près de Koursk.')).toEqual(['eux']);
  });
  it("reads their bodies and remains as them, not those of another nation's soldiers", () => {
    const de = 'Nordkoreanische Soldaten kämpfen für Russland in der Region Kursk.';
    expect(read(de, 'Ihre Leichen wurden nach Pjöngjang überführt.')).toEqual(['Ihre Leichen']);
    expect(read(de, 'Die Leichen russischer Soldaten lagen am Straßenrand.')).toEqual([]);
    expect(read(de, 'Zwei Soldaten wurden von ukrainischen Truppen gefangen genommen.')).toEqual(['Soldaten']);
    const es = 'Soldados norcoreanos combaten por Rusia en la región de Kursk.';
    expect(read(es, 'Sus cuerpos fueron repatriados en avión.')).toEqual(['cuerpos']);
    expect(read(es, 'Los cuerpos de los soldados rusos yacían en la carretera.')).toEqual([]);
    const en = 'North Korean troops fight for Russia in Kursk.';
    expect(read(en, 'The bodies of Russian soldiers lay by the road.')).toEqual([]);
    // an institution word owned by another nation too
    expect(read(en, 'The losses of the Russian army are high.')).toEqual([]);
    expect(read(de, 'Die Verluste der russischen Armee sind hoch.')).toEqual([]);
    expect(read(de, 'Ihre Verluste in Kursk sind hoch.')).toEqual(['Verluste']);
    const ru = 'Северокорейские военные воюют на стороне России в Курской области.';
    expect(read(ru, 'Потери российской армии под Курском велики.')).toEqual([]);
    expect(read(ru, 'Их потери под Курском велики.')).toEqual(['потери']);
    const pl = 'Północnokoreańscy żołnierze walczą po stronie Rosji w obwodzie kurskim.';
    expect(read(pl, 'Ich ciała przewieziono do Pjongjangu.').length).toBe(1);
    const nl = 'Noord-Koreaanse soldaten vechten voor Rusland in Koersk.';
    expect(read(nl, 'De lichamen werden naar Noord-Korea teruggebracht.').length).toBe(1);
  });

  it('reads a verb that says "they" only where no other nation is its subject, and not of munitions', () => {
    const es = 'Soldados norcoreanos combaten en la región de Kursk.';
    expect(read(es, 'Después fueron capturados en Kursk.')).toEqual(['fueron']);
    expect(read(es, 'Los rusos fueron enviados al frente.')).toEqual([]);
    expect(read(es, 'Fueron enviados 500 misiles a Rusia.')).toEqual([]);
    const pl = 'Północnokoreańscy żołnierze walczą w obwodzie kurskim.';
    expect(read(pl, 'Rosjanie zostali wysłani na front.')).toEqual([]);
    expect(read(pl, 'Do niewoli trafił w styczniu.')).toEqual(['Do niewoli trafił']);
    expect(read(pl, 'Jednostka samorządu terytorialnego w Kijowie ogłosiła alarm.')).toEqual([]);
    expect(read(pl, 'Ukraińska jednostka weszła do obwodu kurskiego.')).toEqual([]);
    const tr = "Kuzey Koreli askerler Kursk'ta savaşıyor.";
    expect(read(tr, 'Rus askerleri cepheye gönderildiler.')).toEqual([]);
    expect(read(tr, 'Ukraynalı askerler yaralandılar.')).toEqual([]);
    expect(read(tr, 'Ukrayna güçleri onları esir aldı.')).toEqual(['onları']);
    const sv = 'Nordkoreanska soldater strider i Kursk.';
    expect(read(sv, 'De ryska soldaterna skickades till fronten.')).toEqual([]);
    expect(read(sv, 'De förhandlade om vapenvila i Kiev.')).toEqual([]);
  });
});
