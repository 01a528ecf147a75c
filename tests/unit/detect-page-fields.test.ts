import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';

// The page-reading fields (lexicon/types.ts pronouns, oblique, anaphora, standIns, dispatch,
// singular, fate, fateAlone, speech, agentMarks, history) in the languages that lacked them: a short
// page of my own sentences per language, its first naming North Korean troops in Russia, then
// sentences that speak of them only through the page (read), and near misses on the same page
// (Russian or Ukrainian soldiers, civilians, missiles, the Korean War: unread).

type Line = [sentence: string, read: boolean];

/** The sentences of the page (joined by a space) whose reading differs from the one expected. */
function misread(lines: Line[]): string[] {
  const page = lines.map(([s]) => s).join(' ');
  const mentions = findMentions(page, { pageContext: true });
  const wrong: string[] = [];
  let at = 0;
  for (const [s, read] of lines) {
    const start = page.indexOf(s, at);
    const end = start + s.length;
    at = end;
    const hit = mentions.some((m) => m.sentenceStart >= start && m.sentenceStart < end);
    if (hit !== read) wrong.push(`${read ? 'missed' : 'read'}: ${s}`);
  }
  return wrong;
}

describe('page fields: a page about the troops, sentence by sentence', () => {
  it('ar', () => {
    expect(
      misread([
        ['أرسلت كوريا الشمالية آلاف الجنود إلى روسيا للقتال في منطقة كورسك.', true],
        ['وهم يقاتلون الآن على الجبهة إلى جانب القوات الروسية.', true],
        ['وقد تم إرسالهم إلى روسيا بموجب معاهدة الدفاع المشترك.', true],
        ['وأوضح مسؤول أوكراني أنه وقع في الأسر قرب سودجا بعد أن أصيب بجروح.', true],
        ['ثم وقع في الأسر بعد يومين من القتال.', true],
        ['وتوفي متأثرا بجروحه في مستشفى ميداني.', true],
        ['أحد الجنود أصيب بجروح خطيرة.', true],
        ['وقال الرئيس إن الوضع في كييف صعب.', false],
        ['وأطلقت روسيا صواريخ على كييف الليلة الماضية.', false],
        ['وأصيب ثلاثة مدنيين في قصف على خاركيف.', false],
        ['وأشاد هو بالاتفاق الجديد مع موسكو.', false],
        ['وقد وقعت الهدنة في بانمونجوم عام 1953 وتم أسرهم آنذاك.', false],
      ]),
    ).toEqual([]);
  });

  it('tr', () => {
    expect(
      misread([
        ["Kuzey Kore, Kursk bölgesinde savaşmak üzere Rusya'ya binlerce asker gönderdi.", true],
        ['Onlar cephede Rus birlikleriyle birlikte savaşıyor.', true],
        ['Onları Ukrayna ordusu Kursk yakınlarında yakaladı.', true],
        ['Onun iki gün sonra esir düştüğü bildirildi.', true],
        ['Ardından esir düştü ve Kiev’e götürüldü.', true],
        ['Kendisi bir siperde saklanırken yaralandı.', true],
        ['Ukrayna askerleri Kursk bölgesinde ilerliyor.', false],
        ['Onun söylediğine göre cephede durum zor.', false],
        ['Rusya dün gece Kiev’e füze fırlattı.', false],
        ['Onu yakalayan askerler Panmunjom’da 1953 ateşkesini andı.', false],
      ]),
    ).toEqual([]);
  });

  it('vi', () => {
    expect(
      misread([
        ['Triều Tiên đã đưa hàng nghìn binh sĩ sang Nga để chiến đấu ở Kursk.', true],
        ['Họ đang chiến đấu ở mặt trận cùng quân Nga.', true],
        ['Quân đội Ukraine đã bắt giữ họ gần Kursk.', true],
        ['Anh ta bị bắt làm tù binh sau hai ngày giao tranh.', true],
        ['Anh ấy bị thương nặng khi đang ẩn nấp trong một chiến hào.', true],
        ['Binh sĩ Ukraine tiến vào vùng Kursk.', false],
        ['Anh ta nói rằng nhiều người vẫn bị giam ở Kiev.', false],
        ['Nga phóng tên lửa vào Kiev đêm qua.', false],
        ['Họ Nguyễn là dòng họ lớn nhất Việt Nam.', false],
      ]),
    ).toEqual([]);
  });

  it('id', () => {
    expect(
      misread([
        ['Korea Utara telah mengirim ribuan tentara ke Rusia untuk bertempur di Kursk.', true],
        ['Mereka kini bertempur di garis depan bersama pasukan Rusia.', true],
        ['Ia ditangkap oleh tentara Ukraina setelah dua hari bertempur.', true],
        ['Dia terluka parah saat bersembunyi di dalam parit.', true],
        ['Salah satu tentara itu kemudian meninggal.', true],
        ['Tentara Ukraina maju ke wilayah Kursk.', false],
        ['Dia mengatakan bahwa banyak yang masih ditawan di Kyiv.', false],
        ['Rusia meluncurkan rudal ke Kyiv semalam.', false],
        ['Ia memuji kunjungan menteri ke Moskow.', false],
      ]),
    ).toEqual([]);
  });
});
