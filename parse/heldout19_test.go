package parse

// The nineteenth held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-06 by a helper session in a throwaway clone,
// which opened only heldout2_test.go (for blindBlock and blindPos), the
// top header comments of the earlier held-out tests up to
// heldout17_test.go (to avoid the styles they list), the first 4 lines of
// promodata/heldout14.txt (the format) and issue 19's text; no filter
// code, no other test, and nothing run on the blocks but a load check
// (/work/blind19/README.md). Measured blind at session 16's start on main
// 8d71527 and again at its end on 2f935ef: 22, 22 and 22 of 30 hidden one
// at a time (seed, 十九大, 一号文件), 23, 25 and 22 all at once, real text
// kept 25 of 25 in each. Since filter round 13 it is development data, its
// blocks in promodata/heldout19.txt.
//
// Theme: self-media and content platforms and the commercial office world
// around them: a 头条号 author card, a 训练营 enrolment plug, a template
// site's marketing 短信, a 豆瓣 小组 invitation, a shop's 智能客服 welcome; a
// 会员模板 card, a 闲鱼 listing, a 拼团 course card, a print-on-demand
// offer, a 付费提问 line; an AI proofreader's free-edition limit, 知乎's
// open-in-app gate, 展开剩余 72%, a template store's 预览结束 card, a 小红书
// note's images-follow note; a seller's 买前必读, a proofreader's stamp, a
// designer-licence note, 网易号's 特别声明 in two languages, a marketing
// e-mail's why-you-got-this; an 输入法 skin-store pop-up, 知乎's answer
// bar, 豆瓣's note buttons, a 客服 quick-question menu, a cloud-save pop-up;
// a template store's slogan, a proofreader's motto, a print studio's
// banner, a newsletter's sign-off and a shop's bio motto. Six kinds, five
// blocks each, every kind in all four positions. The kept text mirrors
// these subjects (政务账号 on 头条/百家号, 二手交易平台 inspection, 拼团
// regulation, 软件正版化, 训练营, 知识付费 bans, 12315, 准印证, 输入法 secrecy,
// 垃圾短信 整治, 政务邮箱, 智能校对, 剑网2026, 社区团购), with a 发文字号, a
// heading, an 附件 line, a 咨询电话 line and a date.

// blind19Promo: 30 blocks of promotion.
var blind19Promo = promoSetFile("heldout19").promo

// blind19Keep: real text of the genre whose subject is what the blocks
// above talk about, and five short real standalone lines.
var blind19Keep = promoSetFile("heldout19").keep
