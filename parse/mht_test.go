package parse

import (
	"bytes"
	"errors"
	"mime/quotedprintable"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"wenji/model/export"
)

const mhtPageHTML = `<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><title>某县政府工作报告</title></head><body>` +
	`<p align=center><b>2025年某县政府工作报告</b></p><p>各位代表：</p><h1>一、工作回顾</h1>` +
	`<p><b>坚持稳中求进。</b>全年地区生产总值增长5%，质量效益稳步提升。</p>` +
	`<p><b>着力扩大内需。</b>消费持续回暖，投资稳中有进。</p>` +
	`<p><b>加快转型升级。</b>新兴产业占比提高两个百分点。</p><h1>二、重点工作</h1><p>全面完成各项任务。</p></body></html>`

// wordMHT is a page as Word saves it as 单个文件网页: multipart/related,
// its note to readers, a picture, the page in GB2312 as quoted-printable.
func wordMHT(t testing.TB) []byte {
	gb, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(mhtPageHTML))
	if err != nil {
		t.Fatal(err)
	}
	var qp bytes.Buffer
	w := quotedprintable.NewWriter(&qp)
	w.Write(gb)
	w.Close()
	const b = "----=_NextPart_01DB0000.12345678"
	return []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"" + b + "\"\r\n\r\n" +
		"此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n" +
		"--" + b + "\r\nContent-Location: file:///C:/a/image001.png\r\nContent-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo=\r\n\r\n" +
		"--" + b + "\r\nContent-Location: file:///C:/a/report.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n" +
		qp.String() + "\r\n--" + b + "--\r\n")
}

// TestMHT: a web archive reads as its page: the part's charset and
// transfer encoding undone, pictures passed over, headings and bold leads
// as in HTML; the format is named MHT.
func TestMHT(t *testing.T) {
	doc, err := Open("report.doc", wordMHT(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "2025年某县政府工作报告\n  一、工作回顾\n    坚持稳中求进\n    着力扩大内需\n    加快转型升级\n  二、重点工作\n"
	if got := export.Outline(doc.Root); got != want {
		t.Errorf("outline\n%s\nwant\n%s", got, want)
	}
	if doc.Format != "MHT" || doc.Encoding != "GB2312" {
		t.Errorf("format %q encoding %q", doc.Format, doc.Encoding)
	}
	for _, s := range []string{"单个文件网页", "iVBOR", "Content-"} {
		if strings.Contains(doc.Text, s) {
			t.Errorf("text holds %q", s)
		}
	}
}

func TestMHTSinglePartAndNoPage(t *testing.T) {
	one := "From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n<h1>=E4=B8=80=E3=80=81=E6=80=BB=E4=BD=93=E8=A6=81=E6=B1=82</h1><p>=E6=AD=A3=E6=96=87=E3=80=82</p>\n"
	doc, err := Open("a.mhtml", []byte(one), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(export.Outline(doc.Root), "一、总体要求") {
		t.Errorf("outline %q", export.Outline(doc.Root))
	}
	none := "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\n--x\nContent-Type: image/png\n\nabc\n--x--\n"
	if _, err := Open("b.mht", []byte(none), Options{}); !errors.Is(err, ErrNoPage) || !strings.HasPrefix(err.Error(), "b.mht: ") {
		t.Errorf("no page: %v", err)
	}
}

// FuzzMHT: a damaged web archive never panics, and an error names the file.
func FuzzMHT(f *testing.F) {
	f.Add(wordMHT(f))
	f.Add(wordMHT(f)[:300])
	f.Add([]byte("MIME-Version: 1.0\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\n5LiA=\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Open("f.mht", data, Options{})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.mht: ") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		checkInvariants(t, doc)
	})
}
