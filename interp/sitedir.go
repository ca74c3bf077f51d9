package interp

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// SiteDirs expands directories the way site.addsitedir does for each: the
// directory itself, then, for every "*.pth" file in it (in name order), each
// line naming an existing directory (relative lines are relative to the
// site directory). Blank lines and comments are skipped; "import" lines,
// which CPython executes, are returned in imports for the caller to run.
// Duplicates are dropped.
func SiteDirs(dirs []string) (paths []string, imports []string) {
	seen := map[string]bool{}
	addPath := func(p string) {
		p = filepath.Clean(p)
		if !seen[p] {
			seen[p] = true
			paths = append(paths, p)
		}
	}
	for _, dir := range dirs {
		addPath(dir)
		pths, _ := filepath.Glob(filepath.Join(dir, "*.pth"))
		sort.Strings(pths)
		for _, pth := range pths {
			f, err := os.Open(pth)
			if err != nil {
				continue
			}
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				line := strings.TrimRight(sc.Text(), " \t\r")
				switch {
				case line == "" || strings.HasPrefix(line, "#"):
				case strings.HasPrefix(line, "import ") || strings.HasPrefix(line, "import\t"):
					imports = append(imports, line)
				default:
					p := line
					if !filepath.IsAbs(p) {
						p = filepath.Join(dir, p)
					}
					if fi, err := os.Stat(p); err == nil && fi.IsDir() {
						addPath(p)
					}
				}
			}
			f.Close()
		}
	}
	return paths, imports
}
