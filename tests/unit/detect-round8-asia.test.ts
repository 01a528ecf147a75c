import { describe, expect, it } from 'vitest';
import { found } from './concept-matrix';

// Round 8 (ja vi tl ko zh id): own sentences, each kind with near misses.

describe('round 8: ja vi tl ko zh id (own sentences)', () => {
  it.each([
    // the DPRK's title "Hero of the Republic" names North Korea
    ['ja', '帰還した兵士30人に共和国英雄の称号が授与された。'],
    ['ko', '전사한 병사들에게 공화국영웅 칭호가 수여됐다.'],
    // demining: "mines and explosives" are found and cleared, not laid at the border
    ['ko', '북한 공병들은 러시아에 투입돼 지뢰와 폭발물을 찾아 제거했다.'],
    // those who died on duty, lives lost
    ['zh', '金正恩接見殉職軍士的家屬。'],
    // their sacrifice is their loss
    ['ko', '북한 군인 수백 명이 희생됐다.'],
    // the front line is weak context, enough with no near-miss cue
    ['ko', '북한군 병사들이 최전방에 투입됐다.'],
    ['zh', '金正恩在平壤悼念殉职军士。'],
    // North Koreans as people, with strong context; prisoners; their return and honours
    ['vi', 'Hai người Triều Tiên bị thương đã được đưa tới Kyiv để điều trị.'],
    ['vi', 'Ông Kim đón các binh sĩ Triều Tiên trở về nước an toàn.'],
    ['vi', 'Ông Kim trao huân chương anh hùng cho các binh sĩ Triều Tiên.'],
    // "miền Bắc" (the North) in a sentence about Kursk
    ['vi', 'Lực lượng công binh miền Bắc đã rà phá mìn ở Kursk.'],
    // fighting for Russia, with the nation as subject
    ['id', 'Korea Utara telah berperang untuk Rusia.'],
    ['id', 'Sekitar 3.000 tentara Korea Utara bertempur atas nama Rusia.'],
    // Taglish: English troop words and "deployment"
    ['tl', 'Kinondena ng NATO ang deployment ng North Korean troops sa Russia.'],
    ['tl', 'Itinanggi ng North Korea ang pagde-deploy ng mga sundalo.'],
  ])('finds a mention (%s): %s', (_lang, text) => {
    expect(found(text)).toBe(true);
  });

  it.each([
    'カザフスタン共和国英雄の称号を受けた。',
    '북한군이 군사분계선 인근에 지뢰를 매설했다.',
    // the front line at the inter-Korean border, with a defector
    '북한군 병사 1명이 최전방 비무장지대를 넘어 귀순했다.',
    'Người Triều Tiên đào tẩu sang Hàn Quốc ngày càng nhiều.',
    'Nhiều người Triều Tiên sống ở Bình Nhưỡng thiếu ăn.',
    'Tù nhân chính trị ở Triều Tiên bị đối xử tàn tệ.',
    'Binh sĩ Triều Tiên trở về sau cuộc tập trận.',
    // northern Vietnam: floods, the 1975 war, the Fatherland Front
    'Bão Yagi ở miền Bắc khiến 300 người thiệt mạng.',
    'Lũ lụt ở miền Bắc khiến 30 người thiệt mạng, Nga gửi lời chia buồn.',
    'Bộ đội miền Bắc hy sinh trên chiến trường Quảng Trị.',
    'Ủy ban Mặt trận Tổ quốc các tỉnh miền Bắc huy động lực lượng cứu trợ.',
    'Korea Utara berperang melawan Korea Selatan pada 1950.',
    'Inaasahan ang deployment ng missile ng North Korea.',
    'Pinuri ng North Korea ang mga soldier sa parada.',
  ])('stays quiet on a near miss: %s', (text) => {
    expect(found(text)).toBe(false);
  });

  it.each([
    // prisoners, "among them", the deployment itself, "the North's" unit on a page about the topic
    ['vi', 'Các tù nhân chiến tranh đang bị giam ở Kyiv.'],
    ['id', 'Di antaranya ada yang tewas di garis depan Kursk.'],
    ['zh', '他在仪式上为殉职者默哀。'],
    ['tl', 'Ayon sa NATO, ang naturang deployment ay nagpapalala sa digmaan sa Ukraine.'],
    // "these people's sacrifice" (이들의, not inside 아이들의, children's)
    ['ko', '김정은은 이들의 희생을 잊지 않겠다고 말했다.'],
  ])('on a page about the topic, finds (%s): %s', (_lang, text) => {
    expect(found(text)).toBe(false);
    expect(found(text, true)).toBe(true);
  });

  it.each([
    // a labour shortage is about workers; another nation's deployment
    'ロシアでは若者が兵役に取られ、労働力不足が深刻になっている。',
    'Ang deployment ng mga sundalong Amerikano sa Europa.',
    '김정은은 아이들의 희생을 막아야 한다고 말했다.',
  ])('on a page about the topic, stays quiet on a near miss: %s', (text) => {
    expect(found(text, true)).toBe(false);
  });
});
