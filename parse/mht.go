package parse

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"strings"

	"wenji/model"
)

// A web archive (.mht, .mhtml): the page a browser or Word saves as one
// file ("单个文件网页"), and many a .doc a web site served: MIME headers,
// then the page and its pictures as parts. The standard library reads
// MIME (net/textproto, mime/multipart, quoted-printable, base64); the
// page goes through the HTML reader.

// ErrNoPage is a web archive without an HTML page in it.
var ErrNoPage = errors.New("a web archive (.mht) without a page in it")

// isMHT reports data that opens with a message's headers (a blank line
// ends them) naming MIME and a page or a multipart/related body.
func isMHT(data []byte) bool {
	head := data[:min(len(data), 8192)]
	end := bytes.Index(head, []byte("\n\r\n"))
	if e := bytes.Index(head, []byte("\n\n")); e >= 0 && (end < 0 || e < end) {
		end = e
	}
	if end < 0 {
		return false
	}
	h, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(head[:end+1]))).ReadMIMEHeader()
	if err != nil && len(h) == 0 || h.Get("Mime-Version") == "" {
		return false
	}
	t, _, _ := mime.ParseMediaType(h.Get("Content-Type"))
	return t == "multipart/related" || t == "text/html"
}

// mhtPage returns the first HTML page of a web archive, decoded from its
// transfer encoding, and the charset its part names ("" for none).
func mhtPage(data []byte) (page []byte, charset string, err error) {
	r := textproto.NewReader(bufio.NewReader(bytes.NewReader(data)))
	h, err := r.ReadMIMEHeader()
	if err != nil && len(h) == 0 {
		return nil, "", err
	}
	body := io.Reader(r.R)
	t, params, _ := mime.ParseMediaType(h.Get("Content-Type"))
	if t == "text/html" {
		return mhtPart(h, body, params)
	}
	mr := multipart.NewReader(body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err != nil {
			return nil, "", ErrNoPage // the end, or a part cut short
		}
		pt, pp, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		if pt == "text/html" {
			// multipart undoes quoted-printable itself and drops the
			// header that said so.
			return mhtPart(textproto.MIMEHeader(p.Header), p, pp)
		}
	}
}

// mhtPart reads one part's body through its transfer encoding.
func mhtPart(h textproto.MIMEHeader, body io.Reader, params map[string]string) ([]byte, string, error) {
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding"))) {
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, body) // it skips the line ends
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	}
	b, err := io.ReadAll(io.LimitReader(body, maxPart))
	if err != nil && len(b) == 0 {
		return nil, "", err
	}
	return b, params["charset"], nil
}

// openMHT reads a web archive's page as HTML: decoded in the charset its
// part names (else detected, as a page's bytes are), tags stripped.
func openMHT(name string, data []byte, opt Options) (*model.Document, error) {
	page, charset, err := mhtPage(data)
	if err != nil {
		return nil, ErrNoPage
	}
	force := opt.Encoding
	if force == "" {
		if _, _, err := lookupEncoding(charset); err == nil {
			force = charset
		}
	}
	text, enc, err := Decode(page, force)
	if err != nil {
		return nil, err
	}
	t, hints := htmlText(text)
	doc := ParseHinted(t, hints)
	doc.Encoding = enc
	doc.Format = Label(FormatMHT, name)
	return doc, nil
}
