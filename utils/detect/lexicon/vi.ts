import type { Lexicon } from './types';

// Vietnamese: one syllable per space-separated token; "Triều Tiên" alone names North Korea
// ("Hàn Quốc" is the South), but "chiến tranh Triều Tiên" is the Korean War.
export const vi: Lexicon = {
  lang: 'vi',
  dispatch: ['được cử', 'bị đưa', 'được điều động', 'được triển khai'],
  standIns: ['một trong số họ', 'hai người đàn ông'],
  spaced: true,
  support: ['ủng hộ', 'đoàn kết', 'hậu thuẫn'],
  pronouns: ['họ'],
  nk: ['triều tiên', 'bắc hàn', 'bắc triều tiên', 'bình nhưỡng', 'kim jong[\\s-]{0,2}un', 'kim chính ân', 'ông kim$', 'lãnh đạo kim$', 'cộng hòa dân chủ nhân dân triều tiên'],
  // "miền Bắc" (the North), with strong context of the war; but see history
  nkWeak: ['miền bắc'],
  fused: ['quân đội nhân dân triều tiên'],
  // North Koreans as people ("hai người Triều Tiên"): soldiers only where the sentence is about the war
  fusedWeak: ['người (?:bắc )?triều tiên', 'người bắc hàn'],
  strong: ['storm corps', 'quân đoàn bão tố'],
  pers: ['binh sĩ', 'binh lính', 'lính$', 'quân(?![\\s\\u00a0]+sự)$', 'quân đội', 'quân nhân', 'lực lượng', 'tù binh', 'tù nhân(?! chính trị| lương tâm)', 'đơn vị', 'chiến binh', 'bộ đội', 'lính đánh thuê', 'quân đoàn', 'đặc nhiệm', 'bộ binh', 'công binh', 'sĩ quan', 'tân binh', 'quân tiếp viện', 'xạ thủ', 'liệt sĩ', 'tổn thất (?:lớn|nặng)', 'thương vong', 'tổn thất (?:về )?(?:nhân mạng|sinh mạng|quân số|binh lực)', 'người thiệt mạng', 'thương binh', 'phi công', 'lính bắn tỉa', 'pháo binh', 'các chỉ huy', 'sĩ quan chỉ huy', 'rà phá bom mìn', 'rà phá mìn', 'gỡ mìn'],
  ctx: ['ukraine', 'ukraina', 'kursk', 'kiev', 'kyiv', 'zelensky', 'mặt trận', 'chiến trường', 'tiền tuyến', 'giao tranh', 'tù binh', 'tù nhân chiến tranh', 'donbass', 'thiệt mạng', 'tử trận', // cannon fodder
    'bia đỡ đạn'],
  ctxWeak: ['hoạt động (?:quân sự )?(?:ở )?nước ngoài', 'chiến dịch (?:quân sự )?(?:ở )?nước ngoài', 'di ảnh', 'máy bay không người lái', 'thiệt mạng', 'bị thương', 'bị bắt', 'nga$', 'moskva', 'moscow', 'điện kremlin', 'kremlin', 'putin', 'điều động', 'triển khai', 'gửi$', 'đưa quân', 'chiến đấu', 'tham chiến', 'chiến tranh', 'thương vong', 'rà phá bom mìn', 'rà phá mìn', 'gỡ mìn', 'drone', 'uav$',
    // their return, honours and memorials (as ja 帰還 勲章 追悼)
    'trở về (?:nước|tổ quốc|quê hương|an toàn)', 'hồi hương', 'khải hoàn', 'huân chương', 'huy chương', 'anh hùng', 'truy tặng', 'tưởng niệm', 'truy điệu', 'hài cốt'],
  neg: ['dmz$', 'khu phi quân sự', 'duyệt binh', 'diễu binh', 'tập trận', 'diễn tập', 'đào tẩu', 'đào ngũ', '(?<!kể từ )chiến tranh triều tiên', 'đình chiến', 'bắn cảnh báo', 'biên giới quân sự', 'vùng đệm'],
  labour: ['(?<!đảng )lao động', 'công nhân'],
  foreign: ['nga$', 'ukraine$', 'ukraina$', 'hàn quốc', 'mỹ$', 'trung quốc', 'nato$', 'phương tây'],
  killed: ['thiệt mạng', 'tử vong', 'tử trận', 'bị giết', 'chết', 'hy sinh'],
  injured: ['bị thương', 'thương binh'],
  casualties: ['thương vong', 'tổn thất'],
  captured: ['bị bắt', 'bắt giữ', 'tù binh', 'tù nhân chiến tranh', 'đầu hàng', 'thẩm vấn'],
  decision: ['điều động', 'triển khai', 'gửi$', 'đưa quân', 'quyết định', 'ra lệnh', 'cử$'],
  motives: ['để đổi lấy', 'đổi lại', 'đòn bẩy', 'động cơ', 'tại sao', 'vì sao', 'phần thưởng', 'công nghệ', 'ngoại tệ', 'kinh nghiệm chiến đấu', 'lợi ích'],
  implications: ['liên minh', 'hệ lụy', 'hậu quả', 'mối đe dọa', 'leo thang', 'lên án', 'trừng phạt', 'an ninh', 'hiệp ước', 'nato$', 'bán đảo', 'tác động'],
  units: ['quân đoàn bão tố', 'quân đoàn', 'sáp nhập', 'tích hợp', 'thủy quân lục chiến', 'dù$', 'lữ đoàn', 'tiểu đoàn', 'tinh nhuệ', 'đặc nhiệm'],
  location: ['kursk', 'mặt trận', 'khu vực', 'vùng', 'biên giới', 'chiến trường', 'vị trí', 'làng', 'viễn đông', 'vladivostok'],
  qualBefore: {
    over: ['hơn', 'trên'],
    approximately: ['khoảng', 'chừng', 'ước tính', 'xấp xỉ'],
    'at least': ['ít nhất', 'tối thiểu'],
    'up to': ['lên tới', 'lên đến', 'tới'],
    under: ['gần', 'chưa đến', 'dưới'],
  },
  scale: { 'nghìn$': 1e3, 'ngàn$': 1e3, 'triệu$': 1e6 },
  vague: { 'hàng chục nghìn': 10000, 'hàng chục ngàn': 10000, 'hàng nghìn': 1000, 'hàng ngàn': 1000, 'hàng trăm': 100, 'hàng chục': 10 },
  numWords: { 'hai$': 2, 'ba$': 3, 'bốn$': 4, 'năm$': 5, 'mười$': 10 },
  stop: ['của', 'và', 'các', 'những', 'được', 'đã', 'là', 'có', 'trong', 'cho', 'với', 'theo', 'này', 'không', 'người', 'một'],
  postnominal: true,
  letters: ['[ăâđêôơư][\\u0300-\\u0309]?|[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]'],
  linkers: ['của', 'từ'],
  ownerPrepositions: ['của', 'từ'],
  range: { to: ['đến', 'tới'], and: ['và'], between: ['giữa'] },
  gates: { anyCase: ['corps'], capitalised: ['kim'], script: ['triều', 'nhưỡng', 'bão t', 'bắc hàn', 'miền bắc'] },
  // Page reading (types.ts oblique ... history). "họ" is also a family name: as an object only after a
  // preposition or a verb of taking or sending
  oblique: ['của họ', 'với họ', 'cho họ', 'về họ', 'trong số họ', '(?:bắt|giữ|đưa|gửi|cử|điều|thẩm vấn|phỏng vấn|tiêu diệt|trao trả|dùng|sử dụng) họ'],
  anaphora: ['cả hai', 'một trong những', 'một trong số', 'một trong hai'],
  // "he": not "anh" alone (also England), nor "ông" (a leader's title)
  singular: ['anh ta', 'anh ấy', 'cậu ta', 'cậu ấy', 'hắn'],
  fate: ['bị bắt', 'làm tù binh', 'bị thương', 'vết thương', 'bị thẩm vấn', 'đầu hàng', 'bị giam', 'tù binh chiến tranh', 'trong (?:một |các )?(?:chiến hào|hầm|công sự|hố cá nhân)$'],
  speech: ['nói$', 'cho biết', 'tuyên bố', 'khẳng định', 'nhấn mạnh', 'cảnh báo', 'kêu gọi', 'ca ngợi', 'cảm ơn', 'nêu rõ', 'rằng$'],
  agentMarks: { before: ['bị$', 'bởi$'] },
  history: [
    'bàn môn điếm', 'panmunjom', 'chí nguyện quân', 'quân chí nguyện', 'hiệp định đình chiến',
    // "miền Bắc" is as often northern Vietnam ("lũ lụt ở miền Bắc", "quân đội miền Bắc" of 1975, "Mặt
    // trận Tổ quốc"): so in a sentence that names neither Kursk, Ukraine nor North Korea (not even
    // Russia: "Nga gửi lời chia buồn" after a flood)
    'miền bắc(?![^]*(?:kursk|ukrain|kyiv|kiev|triều tiên|bắc hàn|bình nhưỡng|kim jong))(?<!(?:kursk|ukrain|kyiv|kiev|triều tiên|bắc hàn|bình nhưỡng|kim jong)[^]*miền bắc)',
  ],
};
