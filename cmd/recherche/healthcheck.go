package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"
)

// healthcheckCmd lets a container probe the server without curl in the
// image: exit 0 when /readyz answers 200.
func healthcheckCmd(ctx context.Context, args []string, stderr io.Writer) error {
	fs := newFlags("healthcheck", "", stderr)
	url := fs.String("url", "http://127.0.0.1:8080/readyz", "URL to probe")
	if err := parse(fs, args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, *url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %s", *url, resp.Status)
	}
	return nil
}
