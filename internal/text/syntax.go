package text

import "regexp/syntax"

// ZhSyntaxErrors are regexp/syntax's messages in Chinese.
var ZhSyntaxErrors = map[syntax.ErrorCode]string{
	syntax.ErrInternalError:         "内部错误",
	syntax.ErrInvalidCharClass:      "字符类无效",
	syntax.ErrInvalidCharRange:      "字符范围无效",
	syntax.ErrInvalidEscape:         "转义无效",
	syntax.ErrInvalidNamedCapture:   "命名分组无效",
	syntax.ErrInvalidPerlOp:         "不支持的 Perl 语法",
	syntax.ErrInvalidRepeatOp:       "重复符号嵌套无效",
	syntax.ErrInvalidRepeatSize:     "重复次数无效",
	syntax.ErrInvalidUTF8:           "UTF-8 编码无效",
	syntax.ErrMissingBracket:        "缺少右方括号 ]",
	syntax.ErrMissingParen:          "缺少右括号 )",
	syntax.ErrMissingRepeatArgument: "重复符号前缺少内容",
	syntax.ErrTrailingBackslash:     "末尾多了反斜杠",
	syntax.ErrUnexpectedParen:       "多了右括号 )",
	syntax.ErrNestingDepth:          "嵌套太深",
	syntax.ErrLarge:                 "表达式太大",
}
