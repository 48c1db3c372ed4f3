package model

// CharsFull lets the external tests lower the count from which a node's 字数
// is not kept (charsFull) to reach that path without a 4 GB text.
var CharsFull = &charsFull
