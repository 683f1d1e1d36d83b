/**
 * Word lists for the demo catalog of an apparel and footwear chain. Product names are built as
 * [collection] + audience + 1 or 2 modifiers + item noun, e.g. 女士中长款羊毛双面呢大衣.
 */

/** Season letter in a style number: S spring, U summer, F autumn, W winter. */
export type SeasonLetter = 'S' | 'U' | 'F' | 'W';

/** Owner of the made-up GS1 company prefix that a category's variant barcodes start with. */
export type BarcodeCompany = 'apparel' | 'footwear';

/** One kind of item with the modifiers that make sense for it. */
export interface DemoItem {
  noun: string;
  /**
   * Modifier groups such as material, cut and detail. A name takes one word from each of one
   * or two groups, in group order, so it never pairs two materials.
   */
  modifiers: readonly (readonly string[])[];
  seasons: readonly SeasonLetter[];
  /** Size runs for this item when they differ from its category's. */
  sizeRuns?: readonly (readonly string[])[];
}

/** A category of the chain's assortment and how its products are named, sized and coded. */
export interface DemoCategory {
  name: string;
  /** Audience words put before the name, e.g. 女士. An empty string means none. */
  audiences: readonly string[];
  /** Alternative size runs, of which each product uses one whole. */
  sizeRuns: readonly (readonly string[])[];
  company: BarcodeCompany;
  /** Relative share of the generated products. */
  weight: number;
  items: readonly DemoItem[];
}

const LETTER_SIZES = ['S', 'M', 'L', 'XL', 'XXL'] as const;
/** GB/T 1335 body sizes: height/chest (tops) or height/waist (bottoms) in cm, body type A. */
const WOMEN_TOP_SIZES = ['155/80A', '160/84A', '165/88A', '170/92A', '175/96A'] as const;
const WOMEN_BOTTOM_SIZES = ['155/62A', '160/66A', '165/70A', '170/74A'] as const;
const MEN_TOP_SIZES = ['165/88A', '170/92A', '175/96A', '180/100A', '185/104A'] as const;
const MEN_BOTTOM_SIZES = ['170/74A', '175/78A', '180/82A', '185/86A'] as const;
/** Waist in inches, as jeans are sold. */
const MEN_WAIST_SIZES = ['29', '30', '31', '32', '33', '34', '36'] as const;
/** Child's height in cm. */
const KIDS_SIZES = ['100', '110', '120', '130', '140', '150', '160'] as const;
/** Chinese shoe sizes (EU-style numbering). */
const WOMEN_SHOE_SIZES = ['35', '36', '37', '38', '39', '40'] as const;
const MEN_SHOE_SIZES = ['38', '39', '40', '41', '42', '43', '44', '45'] as const;
const KIDS_SHOE_SIZES = ['28', '29', '30', '31', '32', '33', '34', '35'] as const;
const ONE_SIZE = ['均码'] as const;

export const DEMO_CATEGORIES: readonly DemoCategory[] = [
  {
    name: '女装外套',
    audiences: ['女士'],
    sizeRuns: [LETTER_SIZES.slice(0, 4), WOMEN_TOP_SIZES],
    company: 'apparel',
    weight: 12,
    items: [
      { noun: '大衣', modifiers: [['中长款', '短款', '廓形', '茧型'], ['羊毛双面呢', '羊绒混纺', '粗花呢'], ['双排扣', '翻领']], seasons: ['F', 'W'] },
      { noun: '羽绒服', modifiers: [['轻薄', '中长款', '短款', '面包款'], ['白鸭绒', '白鹅绒'], ['连帽', '立领']], seasons: ['F', 'W'] },
      { noun: '风衣', modifiers: [['中长款', '短款', '宽松'], ['防泼水', '棉质'], ['双排扣', '系带']], seasons: ['S', 'F'] },
      { noun: '夹克', modifiers: [['短款', '宽松', '机车'], ['轻量防泼水', '牛仔', '灯芯绒'], ['立领', '连帽']], seasons: ['S', 'F'] },
      { noun: '针织开衫', modifiers: [['短款', '宽松', '麻花'], ['羊毛', '马海毛混纺', '棉质'], ['V领', '圆领']], seasons: ['S', 'F'] },
      { noun: '西装外套', modifiers: [['宽松', '修身'], ['醋酸', '亚麻混纺', '羊毛'], ['单排扣', '双排扣']], seasons: ['S', 'F'] },
    ],
  },
  {
    name: '女装上衣',
    audiences: ['女士'],
    sizeRuns: [LETTER_SIZES.slice(0, 4), WOMEN_TOP_SIZES],
    company: 'apparel',
    weight: 10,
    items: [
      { noun: 'T恤', modifiers: [['纯棉', '莫代尔', '天丝'], ['宽松', '修身', '印花'], ['圆领', 'V领', '短袖']], seasons: ['S', 'U'] },
      { noun: '衬衫', modifiers: [['真丝', '纯棉', '天丝'], ['法式', '条纹', '宽松'], ['泡泡袖', '长袖', '短袖']], seasons: ['S', 'U', 'F'] },
      { noun: '卫衣', modifiers: [['加绒', '纯棉'], ['宽松', '刺绣'], ['连帽', '圆领']], seasons: ['S', 'F', 'W'] },
      { noun: '毛衫', modifiers: [['羊毛', '羊绒'], ['螺纹', '镂空', '宽松'], ['高领', '半高领', '圆领']], seasons: ['F', 'W'] },
    ],
  },
  {
    name: '女装裤装',
    audiences: ['女士'],
    sizeRuns: [WOMEN_BOTTOM_SIZES, LETTER_SIZES.slice(0, 4)],
    company: 'apparel',
    weight: 7,
    items: [
      { noun: '阔腿裤', modifiers: [['高腰', '垂感'], ['西装', '牛仔', '亚麻'], ['九分']], seasons: ['S', 'U', 'F'] },
      { noun: '牛仔裤', modifiers: [['高腰', '弹力'], ['直筒', '微喇', '锥形'], ['九分']], seasons: ['S', 'F'] },
      { noun: '休闲裤', modifiers: [['亚麻', '棉质'], ['工装', '宽松'], ['束脚', '抽绳']], seasons: ['S', 'U', 'F'] },
      { noun: '打底裤', modifiers: [['高腰'], ['加绒', '弹力'], ['九分']], seasons: ['F', 'W'] },
    ],
  },
  {
    name: '女装裙装',
    audiences: ['女士'],
    sizeRuns: [LETTER_SIZES.slice(0, 4)],
    company: 'apparel',
    weight: 6,
    items: [
      { noun: '连衣裙', modifiers: [['法式', '碎花'], ['真丝', '针织', '棉麻'], ['收腰', '吊带', '衬衫式']], seasons: ['S', 'U'] },
      { noun: '半身裙', modifiers: [['高腰'], ['牛仔', '针织', '缎面'], ['百褶', 'A字', '包臀', '鱼尾']], seasons: ['S', 'U', 'F'] },
    ],
  },
  {
    name: '男装外套',
    audiences: ['男士'],
    sizeRuns: [MEN_TOP_SIZES, LETTER_SIZES],
    company: 'apparel',
    weight: 9,
    items: [
      { noun: '夹克', modifiers: [['轻量防泼水', '牛仔', '灯芯绒'], ['工装', '飞行员', '棒球'], ['立领', '连帽']], seasons: ['S', 'F'] },
      { noun: '羽绒服', modifiers: [['轻薄', '加厚', '中长款', '短款'], ['白鸭绒', '白鹅绒'], ['连帽', '立领']], seasons: ['F', 'W'] },
      { noun: '大衣', modifiers: [['中长款', '短款'], ['羊毛', '羊绒混纺'], ['单排扣', '翻领']], seasons: ['F', 'W'] },
      { noun: '冲锋衣', modifiers: [['户外', '轻量'], ['防水透气', '软壳'], ['三合一', '连帽']], seasons: ['S', 'F', 'W'] },
      { noun: '棉服', modifiers: [['加厚', '工装'], ['连帽', '立领']], seasons: ['W'] },
    ],
  },
  {
    name: '男装上衣',
    audiences: ['男士'],
    sizeRuns: [MEN_TOP_SIZES, LETTER_SIZES],
    company: 'apparel',
    weight: 9,
    items: [
      { noun: 'T恤', modifiers: [['纯棉', '速干'], ['印花', '宽松'], ['圆领', '短袖', '长袖']], seasons: ['S', 'U'] },
      { noun: '衬衫', modifiers: [['纯棉', '牛津纺', '亚麻'], ['免烫', '条纹', '格纹'], ['长袖', '短袖']], seasons: ['S', 'U', 'F'] },
      { noun: 'Polo衫', modifiers: [['珠地', '纯棉', '冰丝'], ['短袖']], seasons: ['U'] },
      { noun: '卫衣', modifiers: [['加绒', '纯棉'], ['宽松'], ['连帽', '圆领']], seasons: ['S', 'F', 'W'] },
      { noun: '毛衫', modifiers: [['羊毛', '羊绒'], ['圆领', '高领', 'V领']], seasons: ['F', 'W'] },
    ],
  },
  {
    name: '男装裤装',
    audiences: ['男士'],
    sizeRuns: [MEN_BOTTOM_SIZES, MEN_WAIST_SIZES],
    company: 'apparel',
    weight: 7,
    items: [
      { noun: '休闲裤', modifiers: [['弹力', '棉质'], ['直筒', '修身', '工装'], ['束脚']], seasons: ['S', 'U', 'F'] },
      { noun: '牛仔裤', modifiers: [['弹力', '水洗'], ['直筒', '修身', '宽松']], seasons: ['S', 'F', 'W'] },
      { noun: '西裤', modifiers: [['免烫', '羊毛混纺'], ['修身', '直筒'], ['九分']], seasons: ['S', 'F'] },
      { noun: '运动裤', modifiers: [['速干', '针织', '加绒'], ['束脚', '直筒']], seasons: ['S', 'U', 'F', 'W'] },
    ],
  },
  {
    name: '童装',
    audiences: ['儿童', '女童', '男童'],
    sizeRuns: [KIDS_SIZES],
    company: 'apparel',
    weight: 8,
    items: [
      { noun: '羽绒服', modifiers: [['加厚', '轻薄', '中长款'], ['连帽']], seasons: ['F', 'W'] },
      { noun: '卫衣', modifiers: [['加绒', '纯棉'], ['卡通'], ['连帽', '圆领']], seasons: ['S', 'F'] },
      { noun: 'T恤', modifiers: [['纯棉', '速干'], ['卡通印花'], ['短袖']], seasons: ['S', 'U'] },
      { noun: '运动套装', modifiers: [['针织', '速干', '加绒'], ['两件套']], seasons: ['S', 'F', 'W'] },
      { noun: '牛仔裤', modifiers: [['弹力'], ['松紧腰'], ['直筒']], seasons: ['S', 'F'] },
      { noun: '棉服', modifiers: [['加厚', '防风'], ['连帽']], seasons: ['W'] },
    ],
  },
  {
    name: '女鞋',
    audiences: ['女士'],
    sizeRuns: [WOMEN_SHOE_SIZES],
    company: 'footwear',
    weight: 10,
    items: [
      { noun: '单鞋', modifiers: [['真皮', '羊皮'], ['尖头', '方头', '圆头'], ['玛丽珍', '乐福']], seasons: ['S', 'F'] },
      { noun: '短靴', modifiers: [['加绒', '真皮'], ['粗跟', '平底'], ['切尔西', '马丁', '侧拉链']], seasons: ['F', 'W'] },
      { noun: '运动鞋', modifiers: [['轻便', '缓震'], ['厚底'], ['透气网面']], seasons: ['S', 'U', 'F'] },
      { noun: '凉鞋', modifiers: [['平底', '坡跟', '粗跟'], ['一字带', '罗马', '交叉带']], seasons: ['U'] },
      { noun: '高跟鞋', modifiers: [['漆皮', '羊皮'], ['尖头'], ['细跟', '绑带']], seasons: ['S', 'F'] },
    ],
  },
  {
    name: '男鞋',
    audiences: ['男士'],
    sizeRuns: [MEN_SHOE_SIZES],
    company: 'footwear',
    weight: 9,
    items: [
      { noun: '皮鞋', modifiers: [['商务', '休闲'], ['真皮', '牛皮'], ['德比', '牛津', '一脚蹬']], seasons: ['S', 'F'] },
      { noun: '休闲鞋', modifiers: [['帆布', '翻毛皮', '牛皮'], ['低帮', '一脚蹬']], seasons: ['S', 'U', 'F'] },
      { noun: '运动鞋', modifiers: [['轻量', '缓震', '透气网面'], ['跑步', '篮球', '训练']], seasons: ['S', 'U', 'F'] },
      { noun: '靴子', modifiers: [['加绒', '真皮'], ['工装', '马丁', '切尔西']], seasons: ['F', 'W'] },
    ],
  },
  {
    name: '童鞋',
    audiences: ['儿童'],
    sizeRuns: [KIDS_SHOE_SIZES],
    company: 'footwear',
    weight: 6,
    items: [
      { noun: '运动鞋', modifiers: [['轻便', '透气', '发光'], ['魔术贴']], seasons: ['S', 'U', 'F'] },
      { noun: '学步鞋', modifiers: [['软底'], ['防滑']], seasons: ['S', 'F'] },
      { noun: '雪地靴', modifiers: [['加绒', '加厚'], ['防滑']], seasons: ['W'] },
      { noun: '凉鞋', modifiers: [['软底', '防滑'], ['包头', '魔术贴']], seasons: ['U'] },
    ],
  },
  {
    name: '配饰',
    audiences: ['', '女士', '男士'],
    sizeRuns: [ONE_SIZE],
    company: 'apparel',
    weight: 4,
    items: [
      { noun: '围巾', modifiers: [['羊绒', '羊毛'], ['格纹', '针织', '流苏']], seasons: ['F', 'W'] },
      { noun: '棒球帽', modifiers: [['纯棉', '速干'], ['刺绣']], seasons: ['S', 'U'] },
      { noun: '针织帽', modifiers: [['羊毛', '加厚'], ['螺纹']], seasons: ['F', 'W'] },
      { noun: '腰带', modifiers: [['真皮', '牛皮'], ['自动扣', '针扣']], seasons: ['S', 'F'], sizeRuns: [['105cm', '110cm', '115cm', '120cm']] },
      { noun: '手套', modifiers: [['羊皮', '针织'], ['加绒'], ['触屏']], seasons: ['W'], sizeRuns: [['S', 'M', 'L']] },
    ],
  },
];

export const APPAREL_COLOURS = [
  '黑色', '白色', '米白', '藏青', '卡其', '浅灰', '深灰', '驼色', '酒红', '墨绿',
  '雾霾蓝', '燕麦色', '焦糖色', '藕粉', '军绿', '牛仔蓝', '奶白', '砖红', '湖蓝', '姜黄',
] as const;

export const FOOTWEAR_COLOURS = [
  '黑色', '白色', '米白', '卡其', '棕色', '深棕', '灰色', '黑白', '白绿', '白粉', '藏青', '燕麦色',
] as const;

/** Everyday collection names that some generated products carry in front of their name. */
export const COMMON_COLLECTIONS = ['新中式系列', '都市通勤系列', '城市户外系列', '轻运动系列'] as const;

/**
 * Fixed products at the head of the catalog, so tests and demos can rely on them. The
 * collection names carry characters that printers handle badly. 镕, 堃 and 喆 are in GBK but
 * not in GB2312, and 䴉 (U+4D09) is in the BMP but not in GBK. 𠮷 (U+20BB7) is outside the BMP
 * and outside GBK, so GB18030 encodes it in four bytes.
 */
export const DEMO_ANCHOR_PRODUCTS = [
  { styleNo: 'F24-1032', name: '女士羊毛双面呢大衣', category: '女装外套' },
  { styleNo: 'S24-2051', name: '男士轻量防泼水夹克', category: '男装外套' },
  { styleNo: 'S24-3016', name: '儿童魔术贴运动鞋', category: '童鞋' },
  { styleNo: 'W24-1088', name: '镕金系列女士羊绒混纺大衣', category: '女装外套' },
  { styleNo: 'F24-5120', name: '堃元系列男士三合一冲锋衣', category: '男装外套' },
  { styleNo: 'W24-1203', name: '喆思系列女士白鹅绒羽绒服', category: '女装外套' },
  { styleNo: 'S25-2260', name: '朱䴉系列女士真丝衬衫', category: '女装上衣' },
  { styleNo: 'U25-6606', name: '𠮷祥系列儿童纯棉T恤', category: '童装' },
] as const;
