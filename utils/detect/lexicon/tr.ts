import type { Lexicon } from './types';

// Turkish: agglutinative, so every term is a stem and suffixes are free.
export const tr: Lexicon = {
  lang: 'tr',
  oblique: ['onları', 'onlara', 'onların', 'onlardan', 'onlarla', 'onlarda', 'içlerinden'],
  // the subject left out: a passive or a fate whose ending says "they" ("cepheye gönderildiler")
  theyVerbs: ['(?:gönderil|konuşlandırıl|sevk edil|esir alın|yakalan|yaralan|öldürül|sorgulan|geri çekil)(?:[dt][iıuü]|m[iıuü]ş)l[ea]r$'],
  dispatch: ['gönderil', 'konuşlandırıl', 'sevk edil'],
  standIns: ['içlerinden biri', 'iki adam', 'ikisinden biri'],
  anaphora: ['bu iki', 'her iki', 'söz konusu', 'iki'],
  spaced: true,
  support: ['destek', 'desteğ', 'dayanışma'],
  pronouns: ['onlar'],
  nk: ['kuzey kore', 'kim$', 'pyongyang', 'pyongyan', 'pyöngyang', 'kim jong[\\s-]{0,2}un', 'kdhc$', 'kore demokratik halk cumhuriyeti'],
  own: ['kendi', 'en iyi'],
  munitions: ['füze', 'mühimmat', 'top mermi', 'silah', 'roket'],
  deployNoun: ['deniz ?aşırı (?:askeri )?operasyon', 'yurt ?dışı askeri operasyon'],
  fused: ['kuzey koreliler', 'kuzey koreli asker', 'kore halk ordusu'],
  // a count of "North Koreans" (singular after a number: "2 bin Kuzey Koreli öldü"): the troops only
  // where the war is named, and not workers, students, diplomats
  fusedWeak: ['kuzey koreli(?<=(?:\\d|bin|binlerce|yüzlerce|onlarca) kuzey koreli)(?!\\p{L})(?! (?:işçi|öğrenci|diplomat|yetkili|turist|sporcu|mülteci|sığınmacı|firari|kadın|çocuk|aile))'],
  strong: ['fırtına kolordusu', 'storm kolordusu', 'storm corps', '11\\. kolordu'],
  pers: [
    // the bodies, remains, coffins of the fallen (as en 'bodies', fr 'dépouilles', pt 'corpos')
    'cesetler', 'naaşlar', 'tabutlar','(?<=(?:kaybeden|kaybetmiş|şehit düşen|şehit olan|ölen) )kahraman', '(?<=(?:savaşa|savaşlara|çatışmalara|çatışmaya|muharebeye|muharebelere|operasyona|operasyonlara|harekâta|harekata) )katılım', 'askeri varlı', 'asker(?!i[\\s\\u00a0]{1,3}(?:malzeme|teçhizat|yardım|iş ?birli|teknoloji|araç|donanım|sistem|ekipman|destek|anlaşma|ittifak|kapasite|altyapı|tatbikat|operasyon|harek))', '(?<!iş )birlik(?!te(?!\\p{L})|teli)', 'kuvvet', 'güçler', 'güçleri', 'savaşçı', 'esir', 'tutsak', 'personel', 'tümen', 'tabur', 'tugay', 'kolordu', 'paralı', 'piyade', 'istihkamcı', 'komando', 'keskin nişancı', 'subay', 'acemi er', 'erler$', 'erleri$', 'erlerin$', 'muharip', '(?<!(?:iş|avrupa|sovyetler|afrika) )birlikleri$', '(?<!(?:iş|avrupa|sovyetler|afrika) )birliği$', 'komutan', 'ordu mensupları', 'yaralılar', 'şehit', 'kayıplar', 'kayıpları', 'kaybı$', 'zayiat', 'ölüler', 'ölü sayısı', 'mayın temizleme (?:uzman|personel|ekip|birli)', 'mayın (?:çıkarıcı|temizleyici|imha uzman|arama uzman)', 'savaş mühendis', 'askeri mühendis', 'istihkam (?:er|asker|birli|uzman)', 'askeri inşaat', 'pilotlar', 'drone operatör', 'dron operatör', 'İHA operatör', 'iha operatör'],
  persWeak: ['ordu(?:su|sunun|suna)?$'],
  ctx: ['esir', 'tutsak', 'sorgu', 'sudja', 'ukrayna', 'kursk', 'kiev', 'kyiv', 'zelenski', 'cephe', 'savaş alan', 'çatışma', 'muharebe', 'donbas', 'harkov', 'savaş esir', 'donetsk', 'zaporijya', 'zaporizhzhia', 'belgorod', 'herson', 'pokrovsk'],
  ctxWeak: ['insansız', 'dron', 'paralı', 'öldü', 'yaralan', 'rusya', 'rus$', 'ruslar', 'moskova', 'kremlin', 'putin', 'gönder', 'konuşlan', 'savaş', 'kayıp', 'çarpış', 'denizaşırı operasyon', 'madalya', 'nişan', 'kahraman', 'anıt', 'hayatını kaybe', 'şehit', 'öldürül', 'ölen$', 'ölenler', 'yaralı', 'mayın temizl'],
  neg: ['dmz$', 'silahtan arındırılmış', 'geçit töreni', 'tatbikat', 'sığınmacı', 'sığın(?:dı|an|ma)', 'iltica', 'firar', '(?<!sonra )kore savaşı', 'ateşkes'],
  labour: ['işçi(?! parti)'], // not the Workers' Party (İşçi Partisi)
  foreign: ['rus$', 'rusya(?:[\'’]?n[ıi]n)?(?![\'’ʼ]\\p{L})$', 'ukraynalı', 'ukrayna(?:[\'’]?n[ıi]n)?(?![\'’ʼ]\\p{L})$', 'güney kore', 'amerikan', 'abd$', 'çinli', 'nato$', 'batılı', 'çeçen'],
  fallen: ['şehit'],
  killed: ['öldü', 'ölen', 'ölü', 'hayatını kaybet', 'can verdi', 'öldürül', 'ceset', 'cenaze'],
  injured: ['yaralan', 'yaralı'],
  casualties: ['kayıp', 'zayiat'],
  captured: ['esir', 'tutsak', 'yakalan', 'ele geçiril', 'teslim ol', 'sorgu'],
  decision: ['gönder', 'konuşlan', 'karar', 'emir', 'sevk'],
  motives: ['karşılığında', 'koz', 'motiv', 'neden$', 'ödül', 'ödeme', 'teknoloji', 'döviz', 'savaş deneyimi', 'çıkar'],
  implications: ['ittifak', 'sonuç', 'tehdit', 'tırman', 'kınadı', 'kınama', 'yaptırım', 'güvenlik', 'antlaşma', 'anlaşma', 'nato$', 'yarımada', 'etki'],
  units: ['fırtına kolordusu', 'kolordu', 'entegre', 'dahil edil', 'deniz piyade', 'hava indirme', 'tugay', 'tabur', 'elit', 'özel kuvvet'],
  location: ['kursk', 'cephe', 'bölge', 'sınır', 'savaş alan', 'mevzi', 'köy', 'uzak doğu', 'vladivostok'],
  qualBefore: { approximately: ['yaklaşık', 'tahminen', 'kabaca', 'aşağı yukarı'], 'at least': ['en az', 'asgari'], 'up to': ['en fazla', 'azami'], over: [] },
  qualAfter: { over: ['\\p{L}{0,4} fazla', 'aşkın', 'üzerinde', 'civarı\\p{L}{0,3} fazla'], approximately: ['civarında', 'kadar'] },
  scale: { 'bin$': 1e3, 'milyon$': 1e6 },
  vague: { 'on binlerce': 10000, 'binlerce': 1000, 'yüzlerce': 100, 'onlarca': 10 },
  numWords: { 'iki$': 2, 'üç$': 3, 'dört$': 4, 'beş$': 5, 'on$': 10 },
  stop: ['ve', 'bir', 'bu', 'ile', 'için', 'olarak', 'göre', 'da', 'de', 'ki', 'olan', 'çok', 'daha', 'gibi', 'en', 'ise', 'neden', 'iyi', 'değil', 'ama', 'veya', 'sonra', 'kadar'],
  // a name's case ending after an apostrophe ("Kursk'ta", "Rusya'ya", "Jong-un'un"), not a French
  // elision ("l'un", "qu'un": one letter or "qu" before it) nor Uzbek o' and g' ("bog'da")
  letters: ['[ğışİ]', "\\p{L}{2,}(?<![og]|qu)['’](?:y?[aeıiuü]|n?[ıiuü]n|[dt][ae](?:n|ki)?|y?l[ae]|l[ae]r)(?!\\p{L})"],
  range: { to: ['ila'], and: ['ve'] },
  gates: { anyCase: ['kore', 'corps', 'kolordu'], capitalised: ['kdhc', 'pyong', 'pyöng', 'kim'] },
  // Page reading (types.ts singular ... history). Turkish "o" is also "that": only its other cases
  singular: ['onu', 'ona', 'onun', 'ondan', 'onunla', 'kendisi', 'kendisini', 'kendisine', 'kendisinin'],
  fate: [
    'esir düş', 'esir alın', 'esir edil', 'esaret', 'tutsak düş', 'tutsak alın', 'savaş esiri', 'yakalan', 'yaralan', 'yaraları', 'sorgulan',
    'teslim ol', 'siper(?:de|lerde|e|den)$', 'sığına(?:kta|ğa|ktan)$',
  ],
  // his fate where the verb says "he" (Turkish drops the subject)
  fateAlone: [
    'esir düş(?:tü|müş)', 'esir alın(?:dı|mış)', 'esir edil(?:di|miş)', 'tutsak düş(?:tü|müş)', 'tutsak alın(?:dı|mış)', 'teslim ol(?:du|muş)',
    'yaralarından (?:dolayı )?(?:öldü|hayatını kaybetti)', 'aldığı yaralar(?:dan|ın etkisiyle| nedeniyle) (?:öldü|hayatını kaybetti)', 'ağır yaralan(?:dı|mış)',
  ],
  speech: ['dedi$', 'diyor$', 'söyledi', 'söylüyor', 'açıkladı', 'belirtti', 'ifade etti', 'vurguladı', 'uyardı', 'talep etti', 'çağrı', 'övdü', 'teşekkür', 'kaydetti', 'iddia', 'diye$', 'dile getirdi', 'aktardı'],
  agentMarks: { after: ['tarafından'] },
  // the Korean War's truce village and the Chinese volunteers
  history: ['panmunjom', 'panmunjeom', 'çin halk gönüllü', 'çinli gönüllü', '1953 ateşkes', '1953 mütareke'],
};
