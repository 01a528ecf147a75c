import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';
import { pageMightMention as mightMention } from '../../utils/detect/page-prefilter';

const one = (text: string, pageContext = false) => {
  const m = findMentions(text, { pageContext });
  expect(m).toHaveLength(1);
  return m[0];
};
const none = (text: string, pageContext = false) => expect(findMentions(text, { pageContext })).toEqual([]);

describe('findMentions: spans and fields', () => {
  it('returns the shortest naming phrase with consistent offsets', () => {
    const text = 'Officials said on Monday that North Korean soldiers were killed in the Kursk region.';
    const m = one(text);
    expect(m.text).toBe('North Korean soldiers');
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.sentenceStart).toBe(0);
    expect(m.sentenceEnd).toBe(text.length);
    expect(m.lang).toBe('en');
    expect(m.aspect).toBe('casualties');
  });

  it('offsets are UTF-16 offsets into the whole input, one mention per sentence, sorted, never overlapping', () => {
    const text =
      '😀 Intro. North Korean troops fight in Kursk. Nothing here. 북한군이 쿠르스크에 배치됐다.\u2029Pyongyang sent 11,000 soldiers to Russia.';
    const ms = findMentions(text);
    expect(ms.map((m) => m.text)).toEqual(['North Korean troops', '북한군', 'Pyongyang sent 11,000 soldiers']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
  });

  it('treats U+2029 and newlines as hard sentence boundaries', () => {
    // without the boundary, "Kursk" would give the first line context
    none('North Korean soldiers paraded in Pyongyang\u2029Ukraine fights on in Kursk');
    none('North Korean soldiers paraded in Pyongyang\nUkraine fights on in Kursk');
  });

  it('never lets a name reach across a hard boundary (the scanner puts U+2029 between blocks)', () => {
    // "North" ends one block, "Korean troops" starts the next: the name's space must not cross
    for (const hard of ['\u2029', '\n', '\r', '\u2028']) {
      const text = `Shells hit Kharkiv. North ${hard}Korean troops were sent to Kursk. Kim Jong${hard}Un sent troops to Kursk.`;
      for (const m of findMentions(text, { pageContext: true })) expect(m.text).not.toMatch(/[\n\r\u2028\u2029]/);
    }
  });

  it('labels the aspect of the sentence', () => {
    expect(one('Ukraine says it has captured two North Korean soldiers in Kursk.').aspect).toBe('captives');
    expect(one('North Korea has sent more than 10,000 troops to Russia.').aspect).toBe('numbers');
    expect(one('The Storm Corps was deployed to the Kursk front.').aspect).toBe('units');
    expect(one('Kim Jong Un sent troops to Russia in exchange for oil and technology.').aspect).toBe('motives');
    expect(one('North Korean troops in Russia signal a deeper alliance between Moscow and Pyongyang.').aspect).toBe('implications');
  });

  it('reports the language of the sentence', () => {
    expect(one('Северокорейские военные участвуют в боях в Курской области.').lang).toBe('ru');
    expect(one('Північнокорейські військові зазнали втрат на Курщині.').lang).toBe('uk');
    expect(one('Nordkoreanische Soldaten kämpfen in der Region Kursk.').lang).toBe('de');
    expect(one('北朝鮮はロシアに約1万1000人の兵士を派遣した。').lang).toBe('ja');
    expect(one('朝鲜向俄罗斯派遣了约1.1万名士兵。').lang).toBe('zh');
    expect(one('Des soldats nord-coréens ont été déployés dans la région de Koursk.').lang).toBe('fr');
  });
});

describe('findMentions: the rule', () => {
  it.each([
    ['en', 'Pyongyang has sent thousands of troops to Russia.'],
    ['en', 'Soldiers from the North were folded into Russian marine brigades.'],
    ['en', "Kim's soldiers are dying in Kursk."],
    // a dash-delimited aside does not break the sentence
    ['en', 'North Korea sent to Russia – mostly to the Kursk region – more than 10,000 troops.'],
    // a personnel word in a quotation of a North Korean speaker: the speaker's own troops
    ['en', '“You all, officers and soldiers, showed mass heroism in Kursk,” Kim said.'],
    // Swahili verbs carry their subject and tense as prefixes
    ['sw', 'Wanajeshi wa Korea Kaskazini waliouawa.'],
    // German loss words in compounds
    ['de', 'Nordkorea beklagt viele Kriegstote.'],
    ['ko', '러시아에 파병된 북한군 사상자가 늘고 있다.'],
    ['ko', '北, 러시아에 병력 추가 파병'],
    ['ja', '北朝鮮兵がクルスクで捕虜になった。'],
    ['zh', '乌克兰称俘虏了两名朝鲜士兵。'],
    ['ru', 'ВСУ взяли в плен двух военных КНДР.'],
    ['es', 'Las tropas norcoreanas sufrieron numerosas bajas en Kursk.'],
    ['it', 'I soldati nordcoreani combattono nella regione di Kursk.'],
    ['pt', 'Soldados norte-coreanos foram enviados para a Rússia.'],
    ['nl', 'Noord-Koreaanse troepen vechten in de regio Koersk.'],
    ['pl', 'Żołnierze z Korei Północnej walczą w obwodzie kurskim.'],
    ['sv', 'Nordkoreanska soldater strider i Kursk.'],
    ['tr', 'Kuzey Koreli askerler Kursk bölgesinde savaşıyor.'],
    ['ar', 'جنود كوريا الشمالية يقاتلون في كورسك.'],
    ['vi', 'Binh sĩ Triều Tiên đã được triển khai tới Kursk.'],
    ['id', 'Tentara Korea Utara dikirim ke Rusia.'],
    ['hi', 'उत्तर कोरिया के सैनिक कुर्स्क में लड़ रहे हैं।'],
    // Georgian drops a stem vowel before the plural ending (ოფიცერი, ოფიცრები)
    ['ka', 'კიმ ჩენ ინმა დაჯილდოვა ოფიცრები, რომლებიც კურსკში იბრძოდნენ.'],
    ['ur', 'شمالی کوریا کی افواج کرسک میں لڑ رہی ہیں۔'],
    // Thai words run longer than Chinese or Japanese ones: a name stands farther from its personnel word in characters
    ['th', 'ผู้นำเกาหลีเหนือกล่าวในพิธีรำลึกเมื่อวันอาทิตย์ที่ผ่านมาถึงครอบครัวของทหารที่เสียชีวิตในยูเครน'],
    ['bn', 'কোরীয় যুদ্ধের পর আবার বড় যুদ্ধে উত্তর কোরিয়ার সেনারা, রাশিয়ায় পাঠানো হয়েছে।'],
    // a count of people sent, with no personnel word
    ['ja', '北朝鮮はロシアに約1万2000人を派遣した。'],
    ['zh', '朝鲜向俄罗斯派遣了一万多人。'],
    ['tl', 'Libu-libong sundalo ng Hilagang Korea ang ipinadala sa Russia.'],
    // workers beside troops tied to the name do not make it a near miss
    ['en', 'Pyongyang has sent not only troops but also workers to Russia.'],
    ['ko', '북한이 러시아에 병력뿐만 아니라 노동자도 파견했다.'],
  ])('finds a mention (%s): %s', (_lang, text) => {
    expect(findMentions(text).length).toBe(1);
  });

  it.each([
    'North Korea has shipped millions of artillery shells to Russia since 2023.',
    'North Korean troops staged a live-fire drill near the demilitarized zone.',
    'Russian troops are trying to push Ukrainian units out of the Kursk region.',
    'Putin and Kim Jong Un signed a mutual defense treaty in Pyongyang.',
    'Thousands of North Korean workers have been sent to Russian construction sites.',
    'Thousands of North Koreans have been sent to Russia as workers.',
    '북한이 러시아에 노동자 수천 명을 파견했다.',
    'North Korean soldiers defected across the border into South Korea last year.',
    'South Korean soldiers took part in joint exercises with US forces.',
    "Chinese troops crossed the Yalu River in 1950 to fight alongside North Korea's army.",
    'North Korea supplied shells that Russian troops fired in Kursk.',
    'КНДР поставила России артиллерийские снаряды.',
    '북한은 올해 들어 탄도미사일을 여러 차례 발사했다.',
    'The Storm Shadow missiles supplied by Britain have been used against targets in Russia.',
    'Winds from the north of Russia brought snow to Kursk.',
    // soldiers owned by Russia: a genitive before them (ka), "ng" after them (tl)
    'ჩრდილოეთ კორეამ მიესალმა, რომ რუსეთის ჯარისკაცებმა კურსკი გაათავისუფლეს.',
    'Sinabi ng Hilagang Korea na lumaban ang mga sundalo ng Russia sa Kursk.',
    // "after the Korean War" is still a near-miss cue, except where this war is the first since
    'কোরীয় যুদ্ধের পর উত্তর কোরিয়ার সেনারা পুনর্গঠিত হয়।',
    '北朝鮮はロシアに約1万2000人の労働者を派遣した。',
    '朝鲜向俄罗斯派遣了5000名工人。',
    '朝鲜向俄罗斯派遣了20人的代表团。',
  ])('stays quiet on a near miss: %s', (text) => none(text));
});

describe('options.pageContext', () => {
  it('lets a short tight mention count without context in its own sentence', () => {
    none('The North Korean soldiers were poorly equipped.');
    expect(one('The North Korean soldiers were poorly equipped.', true).text).toBe('North Korean soldiers');
    none('북한군은 장비가 부족했다.');
    expect(one('북한군은 장비가 부족했다.', true).text).toBe('북한군');
  });

  it('reads "Korean soldiers" tied together as the troops on a page about the topic, not the Korean army or Koreans loosely', () => {
    none('Thousands of Korean soldiers were counted.');
    expect(one('Thousands of Korean soldiers were counted.', true).text).toBe('Korean soldiers');
    expect(one('Кореялық сарбаздар туралы жаңа деректер', true).text).toBe('Кореялық сарбаздар');
    none('The Korean army was mentioned.', true);
    none('The Korean delegation met the soldiers.', true);
  });

  it('reads a word that stands for the soldiers, or one that points back to them, on a page about the topic', () => {
    none('One of them said he had been sent to the front without training.');
    expect(one('One of them said he had been sent to the front without training.', true).text).toBe('One of them');
    expect(one("L'un d'eux a été capturé par les forces ukrainiennes.", true).text).toBe("L'un d'eux");
    expect(one('Op de foto heeft een van de militairen verband om zijn handen.', true).text).toBe('militairen');
    expect(one('Han vil gi pressen tilgang til de to soldatene.', true).text).toBe('soldatene');
    // a count of people stands for them only with context of the war
    expect(one('దాదాపు 30 మంది మరణించారని ఉక్రెయిన్ తెలిపింది.', true).text).toBe('30 మంది');
    none('500 మంది హాజరయ్యారు.', true);
    // the fallen are their own context
    expect(one("He met the martyrs' families.", true).text).toBe('martyrs');
    // such a word points back to them by itself, with no context of the war in its sentence
    expect(one('One of them had bandaged hands.', true).text).toBe('One of them');
    expect(one('De twee mannen hebben verband om hun handen.', true).text).toBe('De twee mannen');
    expect(one('A két férfit egy kórházban ápolják.', true).text).toBe('A két férfit');
    none('Both leaders had lunch together.', true);
    // one of them, owned by another nation, is none of ours
    none('One of the Ukrainian soldiers said the fighting was fierce.', true);
    // a name right after the personnel word owns it only where the language's word order has it there
    expect(one('The two soldiers Ukraine captured in Kursk are being questioned.', true).text).toBe('soldiers');
    none('The troops of Russia are in Kursk.', true);
    none('Wojska ukraińskie wkroczyły do obwodu kurskiego.', true);
  });

  it('reads a sentence opened by "they" as the troops, on a page about the topic, with context that settles the war', () => {
    none('They were then transported to Kyiv.');
    expect(one('They were then transported to Kyiv.', true).text).toBe('They');
    expect(one('« Ils ont été capturés dans la région de Koursk.', true).text).toBe('Ils');
    expect(one('他們被部署到最前線。', true).text).toBe('他們');
    // not without such context, nor where the word is also "she" or an article
    none('They discussed the budget.', true);
    none('Zelensky said they would meet in Kyiv.', true);
    none('Sie soll in Kursk gewesen sein.', true);
    expect(one('Sie sollen in Kursk kämpfen.', true).text).toBe('Sie');
    none('De ukrainska attackerna i Kursk fortsätter.', true);
    none('Ces derniers jours, les combats à Koursk se sont intensifiés.', true);
    expect(one('В момента те са задържани от СБУ в Киев.', true).text).toBe('те');
    // or their losses
    expect(one('Heistä noin 600 uskotaan kuolleen.', true).text).toBe('Heistä');
    // or their being sent, there or in another case ("их отправили")
    none('Они были направлены туда по договору.');
    expect(one('Они были направлены туда по договору.', true).text).toBe('Они');
    expect(one('They were sent there under the treaty.', true).text).toBe('They');
    expect(one('Потом их отправили поездом на восток.', true).text).toBe('их');
    expect(one('Onlar müqavilə əsasında göndərilib.', true).text).toBe('Onlar');
    // where the only personnel word is another nation's, the pronoun is still theirs
    expect(one('Diese sollen bei Kursk gegen ukrainische Truppen kämpfen.', true).text).toBe('Diese');
    none('Ukrainische Truppen sollen bei Kursk bleiben.', true);
    // not where they are the ones who send
    none('They sent a letter to the committee.', true);
    none('Они отправили письмо в комитет.', true);
  });

  it('reads "them", "their" in their cases anywhere in a sentence as the troops, with context that settles the war', () => {
    none('Ukraine is now holding them in Kyiv.');
    expect(one('Ukraine is now holding them in Kyiv.', true).text).toBe('them');
    expect(one('Az ukrán hadsereg Kurszk mellett fogta el őket.', true).text).toBe('őket');
    expect(one('Podle ukrajinské armády se s nimi střetla také u Kurska, což je podle ní nové.', true).text).toBe('nimi');
    expect(one('Ukrajinskí vojaci ich zadržali pri Kursku.', true).text).toBe('ich');
    expect(one('Журналістам дозволять поговорити з ними в Києві.', true).text).toBe('ними');
    expect(one('Їхні позиції на фронті постійно обстрілюють.', true).text).toBe('Їхні');
    expect(one('Njihovi položaji na frontu su pod vatrom.', true).text).toBe('Njihovi');
    expect(one('وقد تم القبض عليهم في منطقة كورسك.', true).text).toBe('عليهم');
    // not without such context, nor a word that is also "by him" or "is"
    none('The minister thanked them for the budget.', true);
    none('Мы говорили с ними о погоде.', true);
    none('Им было сказано, что Киев далеко.', true);
    none('Rusko je velká země, Kursk je daleko.', true);
  });

  it('reads "he" as a soldier, on a page about the topic, only beside a word of his own fate', () => {
    none('He later died of his wounds in a hospital in Kyiv.');
    expect(one('He later died of his wounds in a hospital in Kyiv.', true).text).toBe('He');
    expect(one('He says he spent two nights in a dugout before he surrendered.', true).text).toBe('he');
    expect(one('Er geriet in Gefangenschaft, nachdem er tagelang in einem Schützengraben ausgeharrt hatte.', true).text).toBe('Er');
    expect(one('Il a été grièvement blessé avant de se retrouver en captivité.', true).text).toBe('Il');
    expect(one('Hij raakte zwaar gewond en werd daarna door de geheime dienst verhoord.', true).text).toBe('Hij');
    expect(one('Han tillfångatogs efter att ha gömt sig i en skyttegrav i tre dagar.', true).text).toBe('Han');
    expect(one('Él fue capturado cuando intentaba salir de la trinchera con otros dos.', true).text).toBe('Él');
    expect(one('Lui è stato catturato dopo essere rimasto ferito durante un attacco ucraino.', true).text).toBe('Lui');
    expect(one('On dostał się do niewoli, gdy ukrywał się w okopie razem z innymi.', true).text).toBe('On');
    expect(one('Он скончался от ран вскоре после допроса.', true).text).toBe('Он');
    expect(one('Він помер від поранень у шпиталі через два дні.', true).text).toBe('Він');
    expect(one('他在审讯中说，自己以为是去俄罗斯参加训练。', true).text).toBe('他');
    expect(one('그는 심문에서 러시아에 훈련을 받으러 가는 줄 알았다고 말했다.', true).text).toBe('그는');
    // or beside his being sent, with context that settles the war
    expect(one('He was sent to Kursk without any training.', true).text).toBe('He');
    none('He was sent to Beijing for the talks.', true);
    // "he" is as often a leader or a spokesman: his words, visits and praise are none
    none("He praised the minister's visit and the new agreement.", true);
    none('He said the situation at the front was difficult.', true);
    none('He visited the trenches near Pokrovsk with the commander.', true);
    none('He was questioned by reporters about the summit.', true);
    none('Er sagte, Russland habe das Völkerrecht verletzt.', true);
    none("Il s'est rendu à Pyongyang la semaine dernière pour des entretiens.", true);
    none('Él dijo que Ucrania nunca se rendirá ante la agresión.', true);
    none('Jego zdaniem sytuacja na froncie jest trudna, ale stabilna.', true);
    none('Он заявил, что ситуация на фронте остаётся тяжёлой.', true);
    none('Він подякував міністру за візит і нову угоду.', true);
    none('他表示将继续支持乌克兰，并感谢各国的援助。', true);
    none('그는 정상회담 결과를 높이 평가했다.', true);
    // where the verb's ending says "he", his fate alone, at the start of a clause
    expect(one('Он рассказал, что попал в плен через два дня после прибытия.', true).text).toBe('Он');
    expect(one('Później zmarł z powodu odniesionych ran w szpitalu.', true).text).toBe('zmarł z powodu odniesionych ran');
    expect(one('Následně padl do zajetí ukrajinských vojáků.', true).text).toBe('padl do zajetí');
    none('Мирный житель был ранен при обстреле.', true);
    none('Зеленский сказал, что был ранен один человек.', true);
    none('El pueblo fue capturado por las tropas rusas.', true);
    // nor where he only speaks of others' fate, unless he claims it for himself
    none('He said that many remain in captivity and must be freed.', true);
    none('Er forderte die Freilassung aller Menschen in Gefangenschaft.', true);
    none('Он заявил, что в плену находятся тысячи украинцев.', true);
    none('Він сказав, що в полоні досі перебувають тисячі українців.', true);
    expect(one('He claims to have spent two days in a trench.', true).text).toBe('He');
    // nor where another's fate stands between him and it, unless as the agent of a passive
    none('He said a Ukrainian soldier was wounded in the shelling.', true);
    none('Er sagte, ein ukrainischer Soldat sei schwer verwundet worden.', true);
    none('他说乌军士兵被俘。', true);
    expect(one('Er wurde von ukrainischen Soldaten gefangen genommen, als er verletzt war.', true).text).toBe('Er');
    expect(one('他被乌克兰军队俘虏时还活着。', true).text).toBe('他');
    expect(one('彼はウクライナ軍に捕らえられた時、まだ生きていた。', true).text).toBe('彼');
  });

  it('never turns a hard negative into a mention', () => {
    for (const t of [
      'North Korean troops staged a drill near the DMZ.',
      'Kim Jong Un oversaw a military parade of North Korean soldiers in Pyongyang.',
      'North Korean soldiers defected to the South last year.',
      'North Korea shipped artillery shells to Russia.',
      'North Korean workers were sent to Russian construction sites.',
      'North Korean troops crossed the Yalu in the Korean War.',
    ])
      none(t, true);
  });
});

describe('Slavic and neighbouring lexicons (own sentences)', () => {
  it.each([
    // ru: participants of combat, military builders, reinforcements, the fallen
    ['ru', 'Ким Чен Ын наградил участников боевых действий орденами.'],
    ['ru', 'КНДР отправит в Россию ещё 5 тысяч военных строителей и саперов.'],
    ['ru', 'Пхеньян направил в Россию новое подкрепление.'],
    // builders sent to the war zone itself (Kursk) are personnel; sent to Russia they stay workers
    ['ru', 'КНДР отправит 6 тысяч строителей в Курскую область.'],
    ['bg', 'Северна Корея ще изпрати 5000 строители в Курска област.'],
    ['ru', 'Ким Чен Ын открыл мемориал павшим за Россию.'],
    // cs: North Koreans in the accusative; "do Ruska" is the country, not the adjective owning the soldiers
    ['cs', 'Rusko posílá Severokorejce do útoků na ukrajinské pozice.'],
    ['cs', 'Severní Korea vyslala do Ruska další vojáky.'],
    ['cs', 'Kim Čong-un uctil památku padlých v Kurské oblasti.'],
    ['cs', 'Korejští vojáci bojují v Kurské oblasti.'],
    // uk: participants of combat, the overseas operation, military builders, the fallen
    ['uk', 'Кім Чен Ин нагородив учасників бойових дій орденами.'],
    ['uk', 'Учасники закордонної військової операції повернулися до Пхеньяна.'],
    ['uk', 'КНДР відправить до Росії військових будівельників.'],
    ['uk', "Кім Чен Ин вшанував пам'ять полеглих."],
    // pl: cannon fodder in any case, killed as weak context, participants of the fighting
    ['pl', 'Północnokoreańscy żołnierze są dla Rosji mięsem armatnim.'],
    ['pl', 'Pjongjang po raz pierwszy przyznał, że jego żołnierze zginęli.'],
    ['pl', 'Kim Dzong Un odznaczył uczestników walk medalami.'],
    // bg: military builders, reinforcements carried from North Korea, HUR as war context
    ['bg', 'Северна Корея ще изпрати в Русия още 6000 военни строители и сапьори.'],
    ['bg', 'Севернокорейските подкрепления ще бъдат транспортирани до Русия.'],
    ['bg', 'Според ГУР севернокорейски войници пазят границата.'],
    // sr: the fallen and killed, reinforcements; Serbian Latin told by its dž
    ['sr', 'Kim Džong Un se sastao sa porodicama vojnika koji su poginuli.'],
    ['sr', 'Severna Koreja šalje pojačanja Rusiji.'],
    ['sr', 'Ким Џонг Ун одликовао је војнике.'],
    // North Koreans as people in one word (kk hy ka uz); kk military men (әскерилер) and North Korea in one word
    ['kk', 'КХДР әскерилері Ресей жағында соғысуда.'],
    ['kk', 'Украина екі солтүстіккореялық сарбазды тұтқынға алды.'],
    ['hy', 'Հյուսիսկորեացիները կռվում են Ռուսաստանի կողմում։'],
    ['hy', 'Հյուսիսկորեական զորքերը կրել են մեծ կորուստներ։'],
    ['ka', 'ჩრდილოკორეელები რუსეთის მხარეს იბრძვიან.'],
    ['uz', 'Shimoliy koreyaliklar Rossiya tomonida jang qilmoqda.'],
    // a North Korean contingent is one sent abroad: weak context by itself
    ['ru', 'Северокорейский контингент насчитывает 11 тысяч человек.'],
    ['pl', 'Północnokoreański kontyngent liczy 11 tysięcy żołnierzy.'],
    ['bg', 'Севернокорейският контингент наброява 11 хиляди души.'],
    // tr: bodies and funerals are losses; ru: the SBU questions prisoners
    ['tr', 'Kuzey Koreli askerlerin cesetleri yakıldı.'],
    ['ru', 'СБУ показала видео с двумя северокорейскими военными.'],
    // more words for personnel: drone operators, paratroopers, divisions, commanders, servicemen, generals, officers
    ['ru', 'Северокорейские операторы дронов воюют в Курской области.'],
    ['uk', 'Північнокорейські десантники воюють на Курщині.'],
    ['pl', 'Północnokoreańska dywizja walczy w obwodzie kurskim.'],
    ['cs', 'Severokorejští velitelé byli v Kurské oblasti.'],
    ['az', 'Şimali Koreya hərbi qulluqçuları Kurskda döyüşür.'],
    ['hy', 'Հյուսիսկորեացի գեներալները ժամանել են Կուրսկ։'],
    ['sr', 'Severnokorejski oficiri bore se u Kurskoj oblasti.'],
    ['uz', 'Shimoliy Koreya qo‘mondonlari Kurskda jang qilmoqda.'],
    // the other places of this war (Donetsk...) and fighting (az döyüş) as context
    ['tr', "Kuzey Koreli askerler Donetsk'te görüldü."],
    ['kk', 'Солтүстік Корея сарбаздары Донецкіде жүр.'],
    ['cs', 'Severokorejští vojáci jsou u Doněcku.'],
    ['az', 'Şimali Koreya hərbçiləri döyüşür.'],
    // the Korean People's Army by its full name
    ['sr', 'Pripadnici Korejske narodne armije bore se u Kurskoj oblasti.'],
    ['uz', 'Koreya xalq armiyasi askarlari Kurskda jang qilmoqda.'],
    ['kk', 'Корея халық армиясының сарбаздары Курскіде соғысуда.'],
    ['hy', 'Կորեական ժողովրդական բանակի զինվորները կռվում են Կուրսկում։'],
  ])('finds a mention (%s): %s', (_lang, text) => {
    expect(findMentions(text).length).toBe(1);
  });

  it.each([
    // ru: entry statistics and the labour market are about workers; a defector crossing over
    'В прошлом году в Россию въехали почти 10 тысяч северокорейцев.',
    'Северокорейские строители работают на стройках в Москве.',
    'КНДР отправит тысячи строителей в Россию.',
    'Северна Корея ще изпрати хиляди строители в Русия.',
    // the Korean War in every case and word order (cs válce, pl koreańska wojna, sk without accents, kk Корея соғысы)
    'Severokorejští vojáci zahynuli v korejské válce.',
    // ru: dying settles no war by itself
    'Северокорейские военные погибли в Корейской войне.',
    'Północnokoreańscy żołnierze polegli w koreańskiej wojnie.',
    'Severokorejskí vojaci zomreli v korejskej vojne.',
    // tr: a soldier who took refuge in the South
    "Kuzey Koreli asker sınırı geçerek Güney Kore'ye sığındı.",
    // cs: one person taken for a North Korean; Russian soldiers; Koreans without the war
    'Armáda zadržela na hranici muže, kterého považuje za Severokorejce.',
    'Ruští vojáci poslali do Kurska posily.',
    'Korejští vojáci cvičili s americkými jednotkami.',
    'Північнокорейський солдат перебіг кордон до Південної Кореї.',
    'Północnokoreańscy żołnierze zginęli w wojnie koreańskiej.',
    'Севернокорейски работници пристигнаха в Русия на строежи.',
    'Հյուսիսկորեացիները աշխատում են Ռուսաստանի շինհրապարակներում։',
    'Shimoliy koreyaliklar Rossiyada ishchi sifatida ishlamoqda.',
    'Северокорейский контингент провёл учения у демилитаризованной зоны.',
    'Severokorejští velitelé sledovali vojenskou přehlídku v Pchjongjangu.',
  ])('stays quiet on a near miss: %s', (text) => none(text));

  it('reads "one of the men", "both men" as the troops on a page about the topic, only after a word that points back to them', () => {
    expect(one('Jeden z mężczyzn powiedział, że nie wiedział, dokąd jedzie.', true).text).toBe('mężczyzn');
    expect(one('Оба мужчины хотят уехать в Южную Корею.', true).text).toBe('мужчины');
    expect(one('Один із чоловіків розповів, що не знав, куди його везуть.', true).text).toBe('чоловіків');
    expect(one('Jeden z mužů řekl, že nevěděl, kam jede.', true).text).toBe('mužů');
    none('Jeden z mężczyzn powiedział, że nie wiedział, dokąd jedzie.');
    none('Mężczyźni w Ukrainie czekają na mobilizację.', true);
    // "both soldiers", "two soldiers" point back to them (tr az uz kk hy ka)
    expect(one('Her iki asker de hastanede tedavi görüyor.', true).text).toBe('asker');
    expect(one('Hər iki əsgər xəstəxanadadır.', true).text).toBe('əsgər');
    expect(one('Екі сарбаз қазір ауруханада жатыр.', true).text).toBe('сарбаз');
    expect(one('Երկու զինվորն էլ հիվանդանոցում են։', true).text).toBe('զինվորն');
    expect(one('ორივე ჯარისკაცი საავადმყოფოშია.', true).text).toBe('ჯარისკაცი');
    none('Her iki asker de hastanede tedavi görüyor.');
    none('Bu askerler maaş alıyor.', true);
    none('Мужчины в России боятся мобилизации.', true);
  });

  it.each([
    'Северокорейский солдат перебежал через границу в Южную Корею.',
    "Kuzey Koreli asker sınırı geçerek Güney Kore'ye sığındı.",
    // a soldier who crossed the border and fled to the South (az uz hy)
    'Şimali Koreya əsgəri sərhədi keçərək Cənubi Koreyaya qaçıb.',
    'Shimoliy Koreya askari chegarani kesib o‘tib Janubiy Koreyaga qochdi.',
    'Հյուսիսկորեացի զինվորը սահմանն անցել է Հարավային Կորեա։',
    // participants of combat from Russia or Ukraine are theirs
    'Участники боевых действий из России получат льготы.',
    'Учасники бойових дій з України отримають пільги.',
  ])('stays quiet with page context on a near miss: %s', (text) => none(text, true));
});

describe('the page pre-filter (pageMightMention)', () => {
  it('is false on topic-free text and true when a North Korea name appears', () => {
    expect(mightMention('The council approved the budget for schools and roads in the northern districts.')).toBe(false);
    expect(mightMention('Winds from the north. Score and core.')).toBe(false);
    expect(mightMention('Pyongyang')).toBe(true);
    expect(mightMention('texto sobre Corea del Norte')).toBe(true);
    expect(mightMention('КНДР')).toBe(true);
    expect(mightMention('北朝鮮')).toBe(true);
    expect(mightMention('북한')).toBe(true);
    expect(mightMention('北京的天气')).toBe(false);
  });

  it('meets the names of Korea and the corps in any case, the other names capitalised or in capitals', () => {
    for (const t of ['north korean troops in kursk', 'les soldats nord-coréens', 'NORDKOREANISCHE SOLDATEN', 'the 11th corps']) {
      expect(mightMention(t), t).toBe(true);
    }
    for (const t of ['PYONGYANG', 'DPRK', 'Dprk', 'Kim Jong Un', 'KIM JONG UN', 'the KPA']) expect(mightMention(t), t).toBe(true);
    // A documented trade for speed: these, all in lower case and without a name of Korea, pass unseen.
    for (const t of ['pyongyang sent troops', 'the dprk', 'kim jong un']) expect(mightMention(t), t).toBe(false);
  });

  it('never misses what findMentions finds', () => {
    for (const t of ['Soldiers from the North fought in Kursk.', 'The Storm Corps fought in Kursk.', '北朝鮮兵がクルスクで戦った。']) {
      expect(findMentions(t).length).toBe(1);
      expect(mightMention(t)).toBe(true);
    }
  });
});

describe('findMentions: fr es pt it ca ro el ar he lexicons', () => {
  it.each([
    // a plural demonym after a number word is a noun (the soldiers), as after a digit
    ['fr', 'Kiev affirme détenir trois Nord-Coréens capturés au combat.'],
    ['es', 'Ucrania asegura haber capturado a dos norcoreanos heridos.'],
    ['pt', 'A Ucrânia diz ter capturado dois norte-coreanos em Kursk.'],
    ['it', 'Kiev sostiene di aver catturato due nordcoreani feriti.'],
    // Catalan: the feminine plural, with "tropes" understood
    ['ca', "Els ucraïnesos diuen que s'han enfrontat amb les nord-coreanes a Kursk."],
    // the plural of "battlefield"
    ['es', 'Pionyang manda a sus reclutas a los campos de batalla.'],
    // "militares" as a noun, or an adjective right before the name
    ['es', 'Unos 3.000 militares de Corea del Norte llegaron al frente.'],
    ['es', 'Seúl habla de técnicos militares norcoreanos desplegados en Rusia.'],
    ['fr', 'Des militaires nord-coréens auraient été repérés en Russie.'],
    ['it', 'Un militare nordcoreano è stato fatto prigioniero a Kursk.'],
    ['pt', 'Os militares norte-coreanos sofreram pesadas baixas em Kursk.'],
    // the official names and the short forms of North Korea
    ['it', 'La Nord Corea avrebbe mandato altri 2.000 soldati in Russia.'],
    ['es', 'Norcorea mandó más tropas a Rusia, afirma Seúl.'],
    ['fr', 'La République populaire démocratique de Corée a admis la présence de ses troupes en Russie.'],
    ['pt', 'A República Popular Democrática da Coreia admitiu o envio de soldados à Rússia.'],
    ['it', 'La Repubblica Popolare Democratica di Corea ha ammesso di aver inviato truppe in Russia.'],
    ['ro', 'Republica Populară Democrată Coreeană a recunoscut că a trimis trupe în Rusia.'],
    ['el', 'Η ΛΔΚ φέρεται να έστειλε χιλιάδες στρατιώτες στη Ρωσία.'],
    // instructors and military technicians
    ['fr', 'Pyongyang aurait aussi dépêché des instructeurs en Russie.'],
    ['es', 'Pionyang habría mandado instructores a Rusia.'],
    ['pt', 'Pyongyang teria mandado instrutores para a Rússia.'],
    ['it', 'Pyongyang avrebbe mandato istruttori in Russia.'],
    // coffins are the fallen themselves
    ['ro', 'Liderul nord-coreean a depus flori lângă sicriele aduse din Rusia.'],
    ['fr', 'Kim Jong-un a salué les cercueils rapatriés de Russie.'],
    ['es', 'Kim Jong-un recibió los ataúdes llegados desde Rusia.'],
    // assaults, the offensive, trenches; "lost" as a loss; the adjective "Russian" in more genders
    ['fr', 'Des unités nord-coréennes mènent des assauts répétés.'],
    ['fr', 'La Corée du Nord aurait perdu près de 3 000 hommes.'],
    ['es', 'Corea del Norte habría perdido unos 3.000 hombres.'],
    ['pt', 'Os militares norte-coreanos lideram assaltos contra as trincheiras.'],
    ['it', "I soldati nordcoreani sono impiegati nell'offensiva russa."],
    ['it', 'Il personale militare nordcoreano partecipa agli assalti.'],
    ['ca', "Els soldats nord-coreans participen en l'ofensiva russa."],
    ['ca', 'Corea del Nord hauria perdut uns 3.000 homes.'],
    ['ro', 'Soldații nord-coreeni participă la ofensiva rusă.'],
    ['el', 'Η Βόρεια Κορέα έχασε περίπου 3.000 άνδρες.'],
    ['he', 'חיילים צפון קוריאנים משתתפים במתקפה הרוסית.'],
    ['ar', 'فقدت كوريا الشمالية نحو 3000 جندي.'],
    // the presence of the troops, officers as a noun
    ['fr', 'La présence de soldats nord-coréens en Russie inquiète Séoul.'],
    ['pt', 'Dois oficiais norte-coreanos foram mortos em Kursk.'],
    ['es', 'Oficiales norcoreanos dirigen unidades en el frente.'],
    // a unit (not unity)
    ['fr', 'Une unité nord-coréenne aurait été anéantie près de Koursk.'],
    ['it', "Un'unità nordcoreana sarebbe stata annientata vicino a Kursk."],
    // repatriation and sacrifice; Arabic words without the article; Hebrew fighting
    ['fr', 'Les corps de soldats nord-coréens ont été rapatriés à Pyongyang.'],
    ['it', 'Kim ha reso omaggio al sacrificio dei soldati nordcoreani.'],
    ['ro', 'Trei nord-coreeni au fost repatriați prin Rusia.'],
    ['ar', 'يشارك جنود كوريا الشمالية في معارك عنيفة.'],
    ['he', 'חיילים צפון קוריאנים השתתפו בלחימה.'],
  ])('finds a mention (%s): %s', (_lang, text) => {
    expect(findMentions(text).length).toBe(1);
  });

  it.each([
    // "militaires" after another noun is an adjective: ties, analysts, a treaty
    'La Corée du Nord et la Russie renforcent leurs liens militaires.',
    'Des analystes militaires jugent que la Corée du Nord profite de la guerre en Ukraine.',
    'Corea del Norte y Rusia estrechan sus lazos militares.',
    'Según analistas militares, Corea del Norte se beneficia de la guerra en Ucrania.',
    'A Coreia do Norte e a Rússia reforçam os laços militares.',
    'La Corea del Nord e la Russia hanno firmato un trattato di cooperazione militare.',
    'Corea del Nord e Russia, accordo militare mentre prosegue la guerra in Ucraina.',
    'Corea del Nord i Rússia reforcen els vincles militars.',
    // Portuguese: the battle (not a battalion), the command (not commandos), low (not casualties)
    'Kim Jong-un viajou à Rússia para uma batalha diplomática contra o Ocidente.',
    'Sob o comando de Kim, a Coreia do Norte exibiu as suas conquistas à agência russa.',
    'A Coreia do Norte registrou temperaturas baixas, informou a imprensa russa.',
    // the Korean War, also in the older spelling; a delegation
    'A Coreia do Norte lembrou os combatentes da Guerra da Coréia com veteranos russos.',
    'Uma delegação militar norte-coreana chegou a Moscou.',
    // an offensive or a loss far from the war
    "La Corée du Nord a perdu 30 soldats lors d'exercices près de la zone démilitarisée.",
    'Corea del Norte perdió a varios soldados que desertaron hacia el Sur.',
    // the leader's own presence or participation; officials; official relations; armed forces of Russia
    'La présence de Kim Jong-un à Moscou a marqué son sommet avec Poutine.',
    'La presencia de Kim Jong-un en Moscú estrechó los lazos con Rusia.',
    'A participação de Kim na cúpula com Putin foi confirmada pelo Kremlin.',
    'Altos oficiais norte-coreanos visitaram Moscou para negociar com a Rússia.',
    'A Coreia do Norte e a Rússia mantêm relações oficiais desde o início da guerra.',
    'La Corea del Nord ha inviato alti ufficiali a Mosca per colloqui con la Russia.',
    'Kim Jong-un a félicité les forces armées russes pour la libération de Koursk.',
    // "militaire" after a word that only ends like an article; the military demarcation line
    "La Corée du Nord et la Russie ont signé un traité d'assistance militaire mutuelle.",
    'Corea del Norte refuerza su papel militar junto a Rusia.',
    "Kim a célébré l'unité entre la Corée du Nord et la Russie.",
    "Kim ha celebrato l'unità tra la Corea del Nord e la Russia.",
    // civilian trades and the labour force
    'Los norcoreanos trabajan como albañiles en Rusia.',
    'Des milliers de Nord-Coréens fournissent de la main-d’œuvre à la Russie.',
    'Migliaia di nordcoreani lavorano come muratori in Russia.',
  ])('stays quiet on a near miss: %s', (text) => none(text));

  it('reads "those who fought", "this deployment" and "the two men" as the troops on a page about the topic', () => {
    for (const [text, span] of [
      ['« Ceux qui ont combattu sont des héros de la patrie », a dit Kim.', 'Ceux qui ont combattu'],
      ['Quienes combatieron en el extranjero serán honrados como héroes.', 'Quienes combatieron'],
      ['Os que lutaram no estrangeiro receberão medalhas, disse o líder.', 'Os que lutaram'],
      ['Coloro che hanno combattuto riceveranno medaglie, ha detto il leader.', 'Coloro che hanno combattuto'],
      ['Cei care au luptat vor primi medalii, a spus liderul.', 'Cei care au luptat'],
      ['قال الزعيم إن الذين قاتلوا في الخارج أبطال.', 'الذين قاتلوا'],
      ['وقال المتحدث إنهم لقوا حتفهم في المعارك.', 'إنهم لقوا حتفهم'],
      // "the second (prisoner) wants...", as the subject
      ['Al doilea vrea să rămână în Ucraina, a spus Zelenski.', 'Al doilea vrea'],
      ['Le second souhaite rester en Ukraine, selon Kiev.', 'Le second souhaite'],
      ['El segundo quiere quedarse en Ucrania, según Kiev.', 'El segundo quiere'],
      ['Les experts débattent des conséquences de ce déploiement.', 'ce déploiement'],
      ['Analistas discuten las razones de este despliegue.', 'este despliegue'],
      ['Los dos hombres fueron trasladados a Kiev para ser interrogados.', 'Los dos hombres'],
      ['Les deux hommes ont été capturés près de Koursk.', 'Les deux hommes'],
    ]) {
      none(text);
      expect(one(text, true).text).toBe(span);
    }
    // not another war's fighters, a deployment of missiles, or politicians
    none('Ceux qui ont combattu pendant la guerre de Corée sont des héros.', true);
    none('Les experts débattent des conséquences de ce déploiement de missiles en Russie.', true);
    none('Les hommes politiques russes ont salué la guerre.', true);
    // "lost" is context of the war, not a loss of "they" ("they lost confidence")
    none('Ils ont perdu confiance dans le régime.', true);
    none('Ellos perdieron la paciencia con el Gobierno.', true);
    // not "the second round", "the Second World War"
    none('Le second tour a été reporté à cause de la guerre.', true);
    none('Al doilea război mondial a lovit Ucraina.', true);
    for (const t of [
      'Des soldats nord-coréens ont franchi la ligne de démarcation avant de repartir.',
      'Soldados norcoreanos cruzaron la línea de demarcación militar.',
      'Soldados norte-coreanos cruzaram a linha de demarcação militar.',
      'Soldati nordcoreani hanno attraversato la linea di demarcazione militare.',
      'Soldați nord-coreeni au trecut linia de demarcație militară.',
    ])
      none(t, true);
  });
});

describe('robustness', () => {
  it('accepts empty and odd input', () => {
    expect(findMentions('')).toEqual([]);
    expect(findMentions('\u2029\u2029\n')).toEqual([]);
    expect(findMentions('North Korea')).toEqual([]);
  });
});

describe('lexicons de nl no sv da fi et lt lv hu en: round 4 (own sentences)', () => {
  it('de: "diese", "beide" as a subject before a finite verb stand for the troops on a page about the topic', () => {
    expect(one('Diese sollen schon bald an der Front in Kursk kämpfen.', true).text).toBe('Diese');
    expect(one('Beide sollen in Gefangenschaft verhört worden sein.', true).text).toBe('Beide');
    // an article, not a subject
    none('Diese Woche wurde in Kursk heftig gekämpft.', true);
    none('Beide Seiten melden Gefechte bei Sudscha.', true);
  });

  it('de: cannon fodder and military specialists are personnel', () => {
    expect(findMentions('Kim liefert Putin neues Kanonenfutter.').length).toBe(1);
    expect(findMentions('Pjöngjang hat auch Militärexperten und Militärtechniker nach Russland entsandt.').length).toBe(1);
    none('Nordkorea-Experten warnen vor neuen Raketentests.');
    none('Nordkorea hat Raketenexperten zu Gesprächen nach Moskau geschickt.');
  });

  it('de: "gekämpft" is war context; "eingesetzt" alone is not (troops at the border, missiles)', () => {
    expect(findMentions('Nordkoreanische Soldaten haben dort wochenlang gekämpft.').length).toBe(1);
    none('Nordkoreanische Soldaten wurden an der Grenze zu Südkorea eingesetzt.');
    none('Nordkorea droht Südkorea mit einem Angriff seiner Truppen.');
  });

  it('nl: "de twee", "beiden" as a subject before a finite verb, "die" before a verb of fighting, stand for the troops on a page about the topic', () => {
    expect(one('Die vechten inmiddels ook bij Soedzja aan het front.', true).text).toBe('Die');
    none('Die zijn volgende week bekend.', true);
    expect(one('De twee werden gewond naar Kyiv overgebracht.', true).text).toBe('De twee');
    expect(one('Beiden zouden in Koersk gevangen zijn genomen.', true).text).toBe('Beiden');
    // an article, or "the two" leaders of a treaty
    none('Die landen steunen Oekraïne al jaren.', true);
    none('De twee leiders tekenden in Moskou een verdrag.', true);
  });

  it('nl: past forms of send and fight, and cannon fodder', () => {
    expect(findMentions('Noord-Korea stuurde duizenden soldaten.').length).toBe(1);
    expect(findMentions('Noord-Koreaanse soldaten vochten zij aan zij met de Russen.').length).toBe(1);
    expect(findMentions('Kim levert Poetin nieuw kanonnenvlees.').length).toBe(1);
  });

  it('sv no da: "de två", "båda", "de to", "begge" as a subject before a finite verb stand for the troops', () => {
    expect(one('De två har förts till Kiev för förhör.', true).text).toBe('De två');
    expect(one('Båda uppges ha skadats vid fronten.', true).text).toBe('Båda');
    expect(one('Begge har ikke fått hjelp etter at de ble såret i Kursk.', true).text).toBe('Begge');
    none('Båda sidor rapporterar hårda strider i Kursk.', true);
    none('Begge sider melder om harde kamper i Kursk.', true);
  });

  it('sv no da: a prisoner exchange stands for the prisoners; past forms of send and fight; cannon fodder', () => {
    expect(one('Kiev vill nu förhandla om ett fångutbyte.', true).text).toBe('fångutbyte');
    expect(findMentions('Nordkorea har sänt tusentals soldater.').length).toBe(1);
    expect(findMentions('Nordkoreanska soldater stred sida vid sida med ryssarna.').length).toBe(1);
    expect(findMentions('Nordkoreanske soldater sloss nå på russisk side.').length).toBe(1);
    expect(findMentions('Kim skickar ny kanonföda till Putin.').length).toBe(1);
  });

  it('fi: passive forms of send, troop compounds, captivity and interrogation, men who gave their lives', () => {
    expect(findMentions('Pohjois-Korean sotilaita on lähetetty Venäjälle.').length).toBe(1);
    expect(findMentions('Pohjois-Korean erikoisjoukot ovat saapuneet.').length).toBe(1);
    expect(findMentions('Kaksi pohjoiskorealaista on otettu vangiksi.').length).toBe(1);
    expect(findMentions('Kim kunnioitti miehiä, jotka uhrasivat elämänsä.').length).toBe(1);
    expect(findMentions('Kim toimittaa Putinille tykinruokaa.').length).toBe(1);
    expect(one('Heillä ei ole kokemusta rintamalta.', true).text).toBe('Heillä');
    none('Ihmisjoukot kokoontuivat Pjongjangiin.');
    // another war is a near miss
    none('Venäläisillä on kokemusta joukkojen johtamisesta Syyrian sisällissodassa.', true);
  });

  it('hu: send and deploy verbs with a preverb, losses with meg-, captivity; troop compounds; a participant of the war', () => {
    expect(findMentions('Az észak-koreai katonákat kivezényelték.').length).toBe(1);
    expect(findMentions('Phenjan több ezer elitkatonát küldött ki.').length).toBe(1);
    expect(findMentions('Két észak-koreai katona megsebesült.').length).toBe(1);
    expect(findMentions('Két észak-koreai katona hadifogságba került.').length).toBe(1);
    expect(findMentions('Kim ágyútölteléket küld Putyinnak.').length).toBe(1);
    expect(findMentions('Észak-Korea így a háború résztvevője lett Ukrajnában.').length).toBe(1);
    none('Észak-koreai katonák parádéztak Phenjanban.');
    // a participant of a forum or a summit is diplomacy
    none('Észak-Korea résztvevője lesz a moszkvai gazdasági fórumnak.');
  });

  it('lt lv: the fallen praised as heroes by Kim are the troops, not the heroes of the Korean War', () => {
    expect(findMentions('„Mūsų didvyriai kovojo narsiai“, – sakė Kimas.').length).toBe(1);
    expect(findMentions('Kims mierināja kritušo varoņu ģimenes.').length).toBe(1);
    none('Kimas pagerbė Korėjos karo didvyrius.');
  });

  it('lt lv et: captivity and interrogation as context; send forms; cannon fodder', () => {
    expect(findMentions('Du Šiaurės Korėjos kariai pateko į nelaisvę.').length).toBe(1);
    expect(findMentions('Šiaurės Korėja pasiųstų daugiau karių.').length).toBe(1);
    expect(findMentions('Divus Ziemeļkorejas karavīrus nopratina.').length).toBe(1);
    expect(findMentions('Ziemeļkoreja sūtīja vēl karavīrus.').length).toBe(1);
    expect(findMentions('Põhja-Korea sõdurid võeti vangi.').length).toBe(1);
    expect(findMentions('Põhja-Korea on saatnud tuhandeid sõdureid.').length).toBe(1);
    expect(findMentions('Kim saadab Putinile kahuriliha.').length).toBe(1);
  });

  it('en: "both", "the two" as a subject before a finite verb; captured men; reservists; offensives, dying, arriving as context; "N Korean"', () => {
    expect(one('Both were later moved to Kyiv for questioning.', true).text).toBe('Both');
    expect(one('The two were taken to a hospital near Sudzha.', true).text).toBe('The two');
    expect(one('The captured men are now held in Kyiv.', true).text).toBe('captured men');
    none('Both have denied any plans to meet again.', true);
    none('Both sides reported heavy fighting in Kursk.', true);
    expect(findMentions('North Korean troops took part in the offensive.').length).toBe(1);
    expect(findMentions('North Korean soldiers are dying in droves.').length).toBe(1);
    expect(findMentions('More North Korean troops are expected to arrive.').length).toBe(1);
    expect(findMentions('N Korean soldiers captured near the front.').length).toBe(1);
    none('North Korean reservists were called up for a drill.');
  });

  it('de: attacks, offensives, trenches and dying as context', () => {
    expect(findMentions('Nordkoreanische Soldaten sterben zu Hunderten.').length).toBe(1);
    expect(findMentions('Nordkoreanische Soldaten liegen in Schützengräben.').length).toBe(1);
    expect(findMentions('Nordkoreanische Truppen sollen an der Offensive teilnehmen.').length).toBe(1);
  });

  it('sv no da nl fi lt lv et hu: dying, trenches, offensives and the front in its cases as context', () => {
    for (const t of [
      'Nordkoreanska soldater dör i stor skala.',
      'Nordkoreanske soldater ligger i skyttegravene.',
      'Nordkoreanske soldater er faldet i kamp.',
      'Nordkoreanske soldater har falt i kamp.',
      'Noord-Koreaanse soldaten sterven bij bosjes.',
      'Noord-Koreaanse soldaten liggen in de loopgraven.',
      'Pohjois-Korean sotilaat osallistuvat hyökkäykseen.',
      'Pohjois-Korean sotilaita kuolee suuria määriä.',
      'Šiaurės Korėjos kariai buvo perkelti į frontą.',
      'Šiaurės Korėjos kariai žūsta dideliais skaičiais.',
      'Ziemeļkorejas karavīri piedalās uzbrukumā.',
      'Ziemeļkorejas karavīri sēž ierakumos.',
      'Põhja-Korea sõdurid osalevad pealetungis.',
      'Põhja-Korea sõdurid surevad suurel hulgal.',
      'Észak-koreai katonák tömegesen halnak meg.',
      'Több mint száz észak-koreai katona esett el.',
      'Észak-koreai katonákat fogtak el.',
    ])
      expect(findMentions(t).length, t).toBe(1);
  });

  it('nl fi et hu: the official name of the DPRK', () => {
    for (const t of [
      'De Democratische Volksrepubliek Korea heeft soldaten naar Rusland gestuurd.',
      'Korean demokraattinen kansantasavalta on lähettänyt sotilaita Venäjälle.',
      'Korea Rahvademokraatlik Vabariik saatis sõdurid Venemaale.',
      'A Koreai Népi Demokratikus Köztársaság katonákat küldött Oroszországba.',
    ])
      expect(findMentions(t).length, t).toBe(1);
  });

  it('sv no da de nl fi: a state visit is diplomacy, not a deployment, unless the war is named', () => {
    none('Under statsbesøket skal Putin signere en ny avtale med nordkoreanerne.');
    none('Beim Staatsbesuch in Moskau sprach Kim mit Putin über die Nordkoreaner in Russland.');
    expect(findMentions('Während des Staatsbesuchs wurden nordkoreanische Soldaten in Kursk geehrt.').length).toBe(1);
  });

  it('a share of them ("many of them", "viele von ihnen", "sokan közülük") opens a sentence about the troops, with context of the war', () => {
    expect(one('Many of them died in drone strikes near the front.', true).text).toBe('Many of them');
    expect(one('Viele von ihnen sind bei Sudscha gefallen.', true).text).toBe('Viele von ihnen');
    expect(one('Einer der beiden wurde am Kiefer verletzt, teilte Kiew mit.', true).text).toBe('Einer der beiden');
    expect(one('Velen van hen sneuvelden in Koersk.', true).text).toBe('Velen van hen');
    expect(one('Många av dem har dödats i Kursk.', true).text).toBe('Många av dem');
    expect(one('Daugelis iš jų žuvo Kursko srityje.', true).text).toBe('Daugelis iš jų');
    expect(one('Daudzi no viņiem gāja bojā Kurskā.', true).text).toBe('Daudzi no viņiem');
    expect(one('Paljud neist hukkusid Kurski oblastis.', true).text).toBe('Paljud neist');
    expect(one('Sokan közülük elestek Kurszkban.', true).text).toBe('Sokan közülük');
    // not without such context
    none('Many of them believe that Russia will win.', true);
    none('Viele von ihnen glauben, dass Russland gewinnt.', true);
  });

  it('de nl: "sie", "ze" right after a plural verb (inverted order) stand for the troops', () => {
    expect(one('Nun sollen sie an der Front in Kursk kämpfen.', true).text).toBe('sie');
    expect(one('Nu worden ze in Kyiv verhoord.', true).text).toBe('ze');
    none('Nun soll sie in Kursk gewesen sein.', true);
  });

  it('sv hu: a parade in a compound or an inflected form is still a near miss', () => {
    none('Nordkoreanska soldater deltog i en militärparad i Pyongyang.', true);
    none('Észak-koreai katonák vonultak fel a díszszemlén Phenjanban.', true);
  });

  it('sv nl fi lv lt: drills in their verb and case forms, and heroes of labour, are near misses', () => {
    for (const t of [
      'Nordkoreanska soldater övade anfall nära gränsen.',
      'Noord-Koreaanse soldaten oefenden een aanval bij de grens.',
      'Pohjois-Korean sotilaat harjoittelivat hyökkäystä.',
      'Ziemeļkorejas karavīri piedalās mācībās uzbrukuma atvairīšanai.',
      'Kims apbalvoja darba varoņus rūpnīcā.',
      'Kimas pagerbė darbo didvyrius gamykloje.',
    ])
      none(t, true);
  });
});

// Asian languages, round 4: sentences of our own writing for each kind of case
describe('findMentions: Asian languages (round 4)', () => {
  it.each([
    // a count of people sent, with an adverb or the destination between the count and the verb
    ['ja', '北朝鮮は3000人を追加でロシアに派遣した。'],
    ['zh', '朝鲜向俄罗斯增派3000人。'],
    // self-detonation to escape capture, human waves, the fallen "将士"
    ['ja', '北朝鮮の兵士が自爆した。'],
    ['ja', '北朝鮮軍が人海戦術で突撃した。'],
    ['zh', '朝鲜军队采用人海战术冲锋。'],
    ['zh', '金正恩在平壤会见牺牲将士的家属。'],
    ['ko', '북한군 병사가 자폭했다.'],
    // the name "Bắc Hàn"; drones as war context
    ['vi', 'Bắc Hàn gửi quân sang Nga.'],
    ['vi', 'Lính Triều Tiên bị tấn công bằng UAV.'],
    ['th', 'ทหารเกาหลีเหนือถูกโจมตีด้วยโดรน'],
    ['bn', 'উত্তর কোরিয়ার সৈন্যরা ড্রোন হামলায় ব্যাপক ক্ষতির শিকার হচ্ছে।'],
    ['bn', 'উত্তর কোরিয়ার অনেক সৈন্য মারা গেছে।'],
    ['fa', 'کیم جونگ اون با خانواده‌های سربازان جان‌باخته دیدار کرد.'],
    // Urdu "روس میں" (in Russia) before the troops does not own them
    ['ur', 'شمالی کوریا نے پہلی بار روس میں فوج بھیجنے کا اعتراف کیا۔'],
    // Swahili numbers and pointing words stand between the troops and their owner
    ['sw', 'Ukraine imewakamata wanajeshi wawili wa Korea Kaskazini.'],
    // Pyongyang's name for the deployment ("overseas military operation") is context of the war
    ['bn', '“আমাদের সেনাবাহিনীর ইউনিট বিদেশী সামরিক অভিযানে সাফল্য অর্জন করেছে,” কিম জং উন বলেছেন।'],
    ['id', 'Kim Jong Un memuji prajurit yang ikut dalam operasi militer luar negeri.'],
    ['th', 'คิมจองอึนยกย่องทหารที่เข้าร่วมปฏิบัติการทางทหารในต่างประเทศ'],
    ['te', 'కిమ్ విదేశీ సైనిక ఆపరేషన్‌లో పాల్గొన్న సైనికులను ప్రశంసించారు.'],
    // Taiwan's spelling of Kursk
    ['zh', '北韓軍人出現在庫斯克。'],
    // the war and the armies abbreviated in headlines
    ['ja', '北朝鮮兵がロ軍部隊に編入'],
    ['zh', '北韓軍人參與俄烏戰爭'],
    ['ko', '북한군, 러우 전쟁에 투입'],
    // Telugu news writes English words for troops
    ['te', 'ఉత్తర కొరియా మిలిటరీ సిబ్బంది రష్యాలో ఉన్నారు.'],
    ['te', 'ఉత్తర కొరియా ట్రూప్స్ రష్యాలో'],
    // cannon fodder
    ['ja', '北朝鮮兵を「弾除け」として使っている。'],
    ['vi', 'Lính Triều Tiên bị dùng làm bia đỡ đạn.'],
    ['id', 'Tentara Korea Utara dijadikan umpan meriam.'],
    ['hi', 'उत्तर कोरियाई सैनिकों को तोप का चारा बनाया जा रहा है।'],
    ['ur', 'شمالی کوریا کے فوجیوں کو توپ کا چارہ بنایا جا رہا ہے۔'],
    ['fa', 'سربازان کره شمالی به گوشت دم توپ تبدیل شده‌اند.'],
    ['bn', 'উত্তর কোরিয়ার সৈন্যদের কামানের খোরাক হিসেবে ব্যবহার করা হচ্ছে।'],
    ['hi', 'उत्तर कोरियाई सैनिकों को रूस की सीमा पर तैनात किया गया।'],
  ])('finds a mention (%s): %s', (_lang, text) => {
    expect(findMentions(text).length).toBe(1);
  });

  it.each([
    '朝鲜战争中，志愿军采用人海战术。',
    '金正恩向朝鲜战争中牺牲的将士致敬。',
    '朝鲜派出300人的艺术团访问俄罗斯。',
    '朝鮮戦争で中国軍は人海戦術を用いた。',
    '北朝鮮は代表団50人をロシアに派遣した。',
    '6·25 전쟁 당시 중공군은 인해전술을 썼다.',
    'Bắc Hàn tổ chức duyệt binh tại Bình Nhưỡng.',
    // troops at the border at home
    'उत्तर कोरिया ने सीमा पर सैनिकों को तैनात किया।',
    'Kwa mujibu wa taarifa, Russia imepoteza wanajeshi wengi katika mwezi mmoja.',
    'روسی فوج کے ساتھ شمالی کوریا کا تعاون',
    // war heroes of the Korean War (the "Fatherland Liberation War") stay history
    'किम जोंग उन ने पितृभूमि मुक्ति युद्ध के नायकों को श्रद्धांजलि दी।',
    'Kim Jong Un memuji prajurit dalam parade militer.',
    // the abbreviated Ukrainian army owns its soldiers
    '北朝鮮の発表によると、ウ軍兵士が多数死亡した。',
  ])('stays quiet on a near miss: %s', (text) => none(text));

  it('reads war heroes with a North Korean name as the troops (hi)', () => {
    expect(findMentions('किम जोंग उन ने युद्ध नायकों के स्मारक का उद्घाटन किया।').length).toBe(1);
  });

  it.each([
    // "one of them", "some others": the people already spoken of
    ['ja', '1人はクルスクで戦死した。'],
    ['te', 'మరికొంతమంది యుద్ధభూమిలో గాయపడ్డారని ఉక్రెయిన్ తెలిపింది.'],
    // "the additional troops", "fighters"
    ['te', 'ఈ అదనపు సైన్యాన్ని కుర్స్క్ ప్రాంతానికి పంపారు.'],
    ['th', 'นักสู้เหล่านี้ถูกส่งไปยังแนวหน้าในเคิร์สก์'],
    ['ko', '참전자들은 쿠르스크 전선에서 돌아왔다.'],
    // "the two", with what befell them
    ['zh', '两人被俘时均已受伤。'],
  ])('on a page about the topic, finds (%s): %s', (_lang, text) => {
    none(text);
    expect(findMentions(text, { pageContext: true }).length).toBe(1);
  });

  it.each(['普京与金正恩两人在平壤会谈。', '1人は脱北者だった。', 'మరికొంతమంది సరిహద్దులో కవాతులో పాల్గొన్నారు.'])(
    'on a page about the topic, stays quiet on a near miss: %s',
    (text) => none(text, true),
  );
});

describe('lexicon ro: capture in all its forms (own sentences)', () => {
  it.each([
    'Soldații nord-coreeni preferă sinuciderea în locul capturării.',
    'Soldații nord-coreeni se tem de capturare.',
    'Soldații nord-coreeni evită capturarea cu orice preț.',
  ])('finds a mention: %s', (text) => {
    expect(findMentions(text).length).toBe(1);
  });

  it.each([
    'Coreea de Nord a condamnat capturarea unei nave în Marea Galbenă.',
    'Soldații nord-coreeni au defilat la Phenian după capturarea unui steag la exerciții.',
  ])('finds none: %s', (text) => {
    expect(findMentions(text)).toEqual([]);
  });
});
