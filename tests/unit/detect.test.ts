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

describe('robustness', () => {
  it('accepts empty and odd input', () => {
    expect(findMentions('')).toEqual([]);
    expect(findMentions('\u2029\u2029\n')).toEqual([]);
    expect(findMentions('North Korea')).toEqual([]);
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
