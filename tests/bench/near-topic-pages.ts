// Bench pages that mention Korea, Russia or troops but not the topic (North Korean troops sent
// to fight for Russia): the pages where the quick filter passes and the engine loads for
// nothing. Each comes with a twin of the same markup and about the same text size whose
// near-topic sentences are swapped for neutral ones: the topic-free page of the same size that
// the bench compares it with. Written for this bench (no text copied from elsewhere), from a
// fixed seed so that every run measures the same bytes.

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];

// An encyclopaedia's war history: the Russo-Japanese War, the Korean War, intervention in
// Russia. Korea, Russia and troops on every screen, and no word of the 2024 deployment.
const WAR_SENTENCES = [
  'In February 1904 Japanese torpedo boats attacked the Russian squadron at Port Arthur, and the war over Korea and Manchuria began.',
  'Russian troops held the fortress for almost five months before the garrison surrendered in January 1905.',
  'The Treaty of Portsmouth recognised Japanese interests in Korea and ended the war in September 1905.',
  'Russia lost about seventy thousand men in the war with Japan, and the defeat fed the unrest of 1905.',
  'During the civil war in Russia, Allied troops landed at Vladivostok and Arkhangelsk in 1918.',
  'The Red Army entered the northern half of Korea in August 1945, and American troops arrived in the south a month later.',
  "On 25 June 1950 the Korean People's Army crossed the 38th parallel and took Seoul within three days.",
  'United Nations troops landed at Incheon in September and retook Seoul two weeks later.',
  'Chinese troops entered the war in October 1950 and pushed the United Nations forces back below the parallel.',
  'Soviet advisers planned the first offensive, and Soviet pilots flew MiG-15s over the Yalu River in Korean markings.',
  'The armistice signed at Panmunjom on 27 July 1953 ended the fighting in Korea, but no peace treaty followed.',
  'About 36,000 American troops died in Korea, and estimates of Korean civilian deaths exceed two million.',
  'Historians in Russia and Korea opened the Soviet archives on the war only in the 1990s.',
  'The Korean Demilitarized Zone, four kilometres wide, still divides the peninsula along the armistice line.',
];
const WAR_NEUTRAL = [
  'In February 1904 engineers opened the new harbour at the river mouth, and the trade in timber and grain began.',
  'The engineers held the contract for almost five months before the company settled its debts in January 1905.',
  "The Treaty of Utrecht recognised the merchants' rights along the coast and ended the dispute in September 1713.",
  'The city lost about seventy thousand residents in the epidemic, and the decline fed the reforms of 1905.',
  'During the long drought, relief ships landed at the southern ports and the eastern islands in 1918.',
  'The railway reached the northern half of the province in August 1945, and the first passengers arrived a month later.',
  'On 25 June 1950 the new bridge across the estuary opened to traffic and carried a thousand cars within three days.',
  'Surveyors from the university mapped the delta in September and finished the charts two weeks later.',
  'Farmers adopted the new seed in October 1950 and doubled the harvest in the valleys below the plateau.',
  'Local architects planned the first district, and foreign firms supplied steel for the towers along the river bank.',
  'The charter signed at the town hall on 27 July 1953 ended the quarrel over water, but no new canal followed.',
  'About 36,000 visitors came to the fair, and estimates of the total spending exceed two million pounds.',
  'Historians at the national library opened the merchant archives to the public only in the 1990s.',
  'The protected wetland, four kilometres wide, still shelters migrating birds along the old shore line.',
];
const WAR_FILLER = [
  'The campaign was shaped by the weather, the railways and the supply of food and fuel.',
  'Contemporary accounts differ on the dates, and later studies revised several figures.',
  'The winter of that year was unusually harsh, and many roads were closed for weeks.',
  'Newspapers followed the negotiations closely, and public opinion shifted more than once.',
  'The commanders met at a small railway station to agree on the terms of the truce.',
  'Several museums now hold maps, letters and photographs from the period.',
  'Economic pressure at home weighed on every decision made by the governments involved.',
  'The port remained the main link for supplies until the ice closed it in December.',
];

// A news front page: headlines in English, Korean and Russian, with Korea and Russia in the
// news (exports, a missile test, the rouble, exercises) and none about the deployment.
const NEWS_HEADLINES = [
  "South Korea's exports rise for an eleventh month on chip demand",
  "Russia's central bank holds rates as the rouble weakens",
  'North Korea fires ballistic missile into the sea, Seoul says',
  'Troops deployed to help flood victims in the south of the country',
  'Korean Air orders thirty new jets for its long-haul routes',
  'Moscow hosts an exhibition of Korean porcelain',
  '한국 수출 11개월 연속 증가…반도체가 견인',
  '러시아 루블화 가치 한 달 새 8% 하락',
  '북한, 동해상으로 탄도미사일 발사',
  '주한미군 병력 규모 유지 방침 재확인',
  'Южная Корея увеличила экспорт автомобилей в Европу',
  'КНДР провела испытание новой ракеты',
  'Россия и Китай расширят торговлю в национальных валютах',
  'Войска проведут учения на полигоне под Псковом',
];
const NEWS_NEUTRAL = [
  'Exports of furniture rise for an eleventh month on strong demand',
  'The central bank holds rates as the currency weakens',
  'Storm brings heavy rain to the coast, forecasters say',
  'Volunteers sent to help flood victims in the south of the country',
  'National airline orders thirty new jets for its long-haul routes',
  'City museum hosts an exhibition of Dutch porcelain',
  '가구 수출 11개월 연속 증가…온라인 판매가 견인',
  '원자재 가격 한 달 새 8% 하락',
  '내일 전국 대체로 맑고 일교차 커',
  '지하철 요금 인상 방침 재확인',
  'Производители увеличили экспорт мебели в Европу',
  'В Москве ожидается снег и гололёд',
  'Банки расширят выдачу ипотеки молодым семьям',
  'Спортсмены проведут сборы на стадионе под Казанью',
];
const NEWS_FILLER = [
  'Weather: sunny spells with a chance of showers in the afternoon',
  'Local elections: how to register before the deadline',
  'Review: a new production of an old opera divides critics',
  'Markets close higher on energy shares',
  'Football: late goal settles the derby',
  'Recipe: a quick soup for cold evenings',
  'Travel: ten quiet beaches for the autumn',
  'Opinion: the city needs more buses, not more roads',
  'Science: a battery that charges in minutes',
  'Health: what a short walk each day does for the heart',
];

const doc = (title: string, lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/**
 * An encyclopaedia article of about `kb` kB of text: infobox, contents, sections of cited
 * paragraphs with links, references. `near`: its war sentences; otherwise their neutral twins.
 */
export function warHistoryPage(near: boolean, kb = 300): string {
  const next = rng(23);
  const topical = near ? WAR_SENTENCES : WAR_NEUTRAL;
  const parts: string[] = [];
  const infobox = ['Date', 'Location', 'Result', 'Belligerents', 'Commanders', 'Strength', 'Casualties']
    .map((k, i) => `<tr><th>${k}</th><td>${topical[i].slice(0, 60)}</td></tr>`)
    .join('');
  parts.push(`<h1>${near ? 'Wars in Korea and the Russian Far East' : 'History of the river ports'}</h1>`);
  parts.push(`<table class="infobox">${infobox}</table>`);
  parts.push(`<nav><ol>${Array.from({ length: 12 }, (_, i) => `<li><a href="#s${i}">Section ${i + 1}</a></li>`).join('')}</ol></nav>`);
  let size = 0;
  let cite = 1;
  for (let s = 0; size < kb * 1000; s++) {
    parts.push(`<h2 id="s${s}">Section ${s + 1}</h2>`);
    for (let p = 0; p < 6; p++) {
      const sentences: string[] = [];
      for (let k = 0; k < 6; k++) {
        // About one sentence in four is a topical one, as in a real war history.
        const i = Math.floor(next() * topical.length);
        const text = next() < 0.25 ? topical[i] : pick(next, WAR_FILLER);
        sentences.push(k === 2 ? text.replace(/^(\S+ \S+)/, '<a href="#">$1</a>') : text);
        size += text.length + 1;
      }
      parts.push(`<p>${sentences.join(' ')}<sup class="reference"><a href="#ref${cite}">[${cite}]</a></sup></p>`);
      cite++;
    }
  }
  parts.push(
    `<h2>References</h2><ol>${Array.from({ length: cite - 1 }, (_, i) => `<li id="ref${i + 1}">Author ${i + 1}, <i>A history</i>, p. ${i + 3}.</li>`).join('')}</ol>`,
  );
  return doc(near ? 'Wars in Korea' : 'River ports', 'en', parts.join('\n'));
}

/** A news front page of about `kb` kB of text: navigation, headline cards, lists, footer. */
export function newsFrontPage(near: boolean, kb = 60): string {
  const next = rng(31);
  const topical = near ? NEWS_HEADLINES : NEWS_NEUTRAL;
  const parts: string[] = [];
  parts.push(
    `<header><nav>${['World', 'Business', 'Sport', 'Culture', 'Science', 'Opinion'].map((s) => `<a href="#">${s}</a>`).join(' | ')}</nav></header><main>`,
  );
  let size = 0;
  for (let i = 0; size < kb * 1000; i++) {
    const headline = i % 3 === 0 ? topical[Math.floor(next() * topical.length)] : pick(next, NEWS_FILLER);
    const summary = `${pick(next, NEWS_FILLER)}. ${pick(next, NEWS_FILLER)}.`;
    parts.push(
      `<article><h3><a href="#a${i}">${headline}</a></h3><p><span class="time">${(i % 12) + 1} hours ago</span> ${summary}</p><ul><li><a href="#">${pick(next, NEWS_FILLER)}</a></li><li><a href="#">${pick(next, NEWS_FILLER)}</a></li></ul></article>`,
    );
    size += headline.length + summary.length + 100;
  }
  parts.push('</main><footer><p>Contact · Terms · Privacy</p></footer>');
  return doc('Front page', 'en', parts.join('\n'));
}
