package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
)

// Many Chinese PDFs (journal downloads, 公文 published online) are
// encrypted with an owner password only, to forbid copying or printing:
// every viewer opens them with the empty user password. This reads those
// (the standard security handler, revisions 2–6, RC4 and AES,
// ISO 32000-1 §7.6); a file that needs a password stays ErrEncrypted.

// padding is the password padding string of §7.6.3.3.
var padding = []byte("\x28\xbf\x4e\x5e\x4e\x75\x8a\x41\x64\x00\x4e\x56\xff\xfa\x01\x08\x2e\x2e\x00\xb6\xd0\x68\x3e\x80\x2f\x0c\xa9\xfe\x64\x53\x69\x7a")

// crypt is a file's decryption: its key, and which cipher its streams
// and strings use.
type crypt struct {
	key      []byte
	aesStm   bool
	aesStr   bool
	aes256   bool
	skip     int // the /Encrypt dictionary's own object
	identity bool
}

// newCrypt opens an /Encrypt dictionary with the empty user password.
func (f *file) newCrypt(enc Dict, id []byte) (*crypt, bool) {
	if enc["Filter"] != Name("Standard") {
		return nil, false
	}
	v, _ := f.resolve(enc["V"]).(int)
	r, _ := f.resolve(enc["R"]).(int)
	o, _ := f.resolve(enc["O"]).(String)
	u, _ := f.resolve(enc["U"]).(String)
	p, _ := f.resolve(enc["P"]).(int)
	ue, _ := f.resolve(enc["UE"]).(String)
	c := &crypt{}
	if (v == 4 || v == 5) && !f.cryptFilters(c, enc) {
		return nil, false
	}
	if r >= 5 {
		return c, c.aes256Key(u, ue, r)
	}
	n := 5
	if r >= 3 {
		if l, ok := f.resolve(enc["Length"]).(int); ok && l >= 40 && l <= 128 {
			n = l / 8
		} else {
			n = 16
		}
	}
	h := md5.New()
	h.Write(padding)
	h.Write(o)
	binary.Write(h, binary.LittleEndian, int32(p))
	h.Write(id)
	if r >= 4 && enc["EncryptMetadata"] == false {
		h.Write([]byte{0xff, 0xff, 0xff, 0xff})
	}
	key := h.Sum(nil)
	if r >= 3 {
		for i := 0; i < 50; i++ {
			s := md5.Sum(key[:n])
			key = s[:]
		}
	}
	c.key = key[:n]
	// Check the empty password against U.
	var want []byte
	if r == 2 {
		want = rc4xor(c.key, padding)
		if len(u) < 32 || !bytes.Equal(want, u[:32]) {
			return nil, false
		}
		return c, true
	}
	s := md5.Sum(append(append([]byte(nil), padding...), id...))
	want = s[:]
	for i := 0; i < 20; i++ {
		k := make([]byte, len(c.key))
		for j := range k {
			k[j] = c.key[j] ^ byte(i)
		}
		want = rc4xor(k, want)
	}
	if len(u) < 16 || !bytes.Equal(want, u[:16]) {
		return nil, false
	}
	return c, true
}

// cryptFilters reads which ciphers the crypt filters of a version 4 or 5
// handler name for streams and strings.
func (f *file) cryptFilters(c *crypt, enc Dict) bool {
	cfm := func(name Name) (aes, ok bool) {
		if name == "Identity" {
			return false, true
		}
		cf := f.dict(f.dict(enc["CF"])[name])
		switch cf["CFM"] {
		case Name("AESV2"), Name("AESV3"):
			return true, true
		case Name("V2"):
			return false, true
		}
		return false, false
	}
	stm, _ := f.resolve(enc["StmF"]).(Name)
	str, _ := f.resolve(enc["StrF"]).(Name)
	var ok1, ok2 bool
	c.aesStm, ok1 = cfm(stm)
	c.aesStr, ok2 = cfm(str)
	c.identity = stm == "Identity" && str == "Identity"
	return ok1 && ok2
}

// aes256Key finds the file key of revisions 5 and 6: the UE entry
// deciphered with the hash of the key salt, once U's validation salt shows
// the empty password is the user's.
func (c *crypt) aes256Key(u, ue []byte, r int) bool {
	if len(u) < 48 || len(ue) < 32 || r > 6 {
		return false
	}
	hash := func(salt []byte) []byte { s := sha256.Sum256(salt); return s[:] }
	if r == 6 {
		hash = hash6
	}
	if !bytes.Equal(hash(u[32:40]), u[:32]) {
		return false
	}
	blk, _ := aes.NewCipher(hash(u[40:48]))
	c.key = make([]byte, 32)
	cipher.NewCBCDecrypter(blk, make([]byte, 16)).CryptBlocks(c.key, ue[:32])
	c.aes256 = true
	return true
}

func rc4xor(key, data []byte) []byte {
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

// objectKey is the key for one object's strings and streams (§7.6.2).
func (c *crypt) objectKey(num, gen int, useAES bool) []byte {
	if c.aes256 {
		return c.key
	}
	b := append([]byte(nil), c.key...)
	b = append(b, byte(num), byte(num>>8), byte(num>>16), byte(gen), byte(gen>>8))
	if useAES {
		b = append(b, "sAlT"...)
	}
	s := md5.Sum(b)
	return s[:min(len(c.key)+5, 16)]
}

// decrypt deciphers one string or stream of object num.
func (c *crypt) decrypt(data []byte, num, gen int, useAES bool) []byte {
	if c.identity {
		return data
	}
	key := c.objectKey(num, gen, useAES)
	if !useAES && !c.aes256 {
		return rc4xor(key, data)
	}
	if len(data) < 32 || len(data)%16 != 0 {
		return nil
	}
	blk, err := aes.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(data)-16)
	cipher.NewCBCDecrypter(blk, data[:16]).CryptBlocks(out, data[16:])
	if p := int(out[len(out)-1]); p >= 1 && p <= 16 && p <= len(out) {
		out = out[:len(out)-p]
	}
	return out
}

// decryptValue deciphers the strings of an object in place and marks its
// stream for deciphering when decoded.
func (c *crypt) decryptValue(v any, num, gen int, depth int) any {
	if depth > maxDepth {
		return v
	}
	switch x := v.(type) {
	case String:
		return String(c.decrypt(x, num, gen, c.aesStr || c.aes256))
	case Array:
		for i := range x {
			x[i] = c.decryptValue(x[i], num, gen, depth+1)
		}
	case Dict:
		for k, e := range x {
			x[k] = c.decryptValue(e, num, gen, depth+1)
		}
	case *Stream:
		c.decryptValue(x.Dict, num, gen, depth+1)
		if x.Dict["Type"] != Name("XRef") {
			x.Raw = c.decrypt(x.Raw, num, gen, c.aesStm || c.aes256)
		}
	}
	return v
}

// hash6 is the revision 6 password hash (algorithm 2.B of ISO 32000-2)
// for the empty user password.
func hash6(salt []byte) []byte {
	s := sha256.Sum256(salt)
	k := s[:]
	for round := 0; ; round++ {
		k1 := bytes.Repeat(k, 64)
		blk, _ := aes.NewCipher(k[:16])
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(blk, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		switch sum % 3 {
		case 0:
			h := sha256.Sum256(e)
			k = h[:]
		case 1:
			h := sha512.Sum384(e)
			k = h[:]
		case 2:
			h := sha512.Sum512(e)
			k = h[:]
		}
		if round >= 63 && int(e[len(e)-1]) <= round-31 {
			return k[:32]
		}
	}
}
