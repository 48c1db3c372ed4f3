package text

import "syscall"

// ZhErrnos are the causes the file system gives every day (a save, an
// export, a copy's file) in Chinese: a Chinese status line said them in
// Go's English (素材篮保存失败：permission denied).
var ZhErrnos = map[syscall.Errno]string{
	syscall.EACCES:       "没有权限",
	syscall.EPERM:        "没有权限",
	syscall.ENOSPC:       "磁盘空间不足",
	syscall.EDQUOT:       "超出磁盘配额",
	syscall.EROFS:        "文件系统只读",
	syscall.ENOENT:       "不存在",
	syscall.EISDIR:       "是文件夹",
	syscall.ENOTDIR:      "不是文件夹",
	syscall.EIO:          "读写出错",
	syscall.ENAMETOOLONG: "文件名过长",
	syscall.ELOOP:        "符号链接层数过多",
	syscall.EEXIST:       "已存在",
	syscall.EBUSY:        "正被占用",
}

// ZhNotRegular is state.ErrNotRegular in Chinese: a FIFO or a device where
// a state or basket file should be.
const ZhNotRegular = "不是普通文件"
