package pith_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/pith-dev/pith"
)

func ExampleExtract() {
	page := `<html><head><title>Tide tables | Coast Notes</title></head><body>
<nav><a href="/">Home</a> <a href="/tides">Tides</a> <a href="/about">About</a></nav>
<article>
<h1>Tide tables</h1>
<p>High water comes about fifty minutes later each day, because the Moon rises later each day
by roughly that much. Tide tables give the times and heights for a reference port.</p>
<p>Harbours near the reference port add a fixed correction, printed beside their name in the
almanac, to find their own times of high and low water.</p>
</article>
<footer>© Coast Notes. All rights reserved.</footer>
</body></html>`
	res, err := pith.Extract(context.Background(), strings.NewReader(page))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Text)
	// Output:
	// High water comes about fifty minutes later each day, because the Moon rises later each day by roughly that much. Tide tables give the times and heights for a reference port.
	// Harbours near the reference port add a fixed correction, printed beside their name in the almanac, to find their own times of high and low water.
}

func ExampleWithInputFormat() {
	// The rendered text of a whole page, a block per line, as in a Common
	// Crawl WET record.
	text := `Skip to content
Home
News
Sport
Weather
Sign in
Ferry timetable to change next week
The ferry timetable changes on Monday. Morning crossings will leave half an hour earlier, and the last evening boat will run only on Fridays and Saturdays until the end of March.
The operator said the change follows a survey of passengers, most of whom asked for an earlier first crossing so that they could reach the mainland before the working day starts.
Passengers with season tickets do not need to do anything: their tickets remain valid on every crossing, and refunds are available to anyone who can no longer use theirs.
The summer timetable, with its extra afternoon crossings, will return in April as usual.
Share this article
Facebook
Twitter
Email
Most read
Council approves new harbour wall
© 2025 Island Gazette. All rights reserved.`
	res, err := pith.Extract(context.Background(), strings.NewReader(text), pith.WithInputFormat(pith.InputText))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Text)
	// Output:
	// The ferry timetable changes on Monday. Morning crossings will leave half an hour earlier, and the last evening boat will run only on Fridays and Saturdays until the end of March.
	// The operator said the change follows a survey of passengers, most of whom asked for an earlier first crossing so that they could reach the mainland before the working day starts.
	// Passengers with season tickets do not need to do anything: their tickets remain valid on every crossing, and refunds are available to anyone who can no longer use theirs.
	// The summer timetable, with its extra afternoon crossings, will return in April as usual.
}

func ExampleWithStrictDates() {
	// A help page whose only date is the footer's "Last updated" line: by
	// default that day is the page's date; strict dates give none, as the
	// page neither declares a date in its markup nor names an author.
	page := `<html><head><title>Searching your library</title></head><body><main>
<h1>Searching your library</h1>
<p>Type a word in the search bar above the list to find items whose title, creator or notes hold it.</p>
<p>Add a second word to narrow the list to items that hold both.</p>
<p>Last updated: March 5, 2026</p>
</main></body></html>`
	for _, strict := range []bool{false, true} {
		res, err := pith.Extract(context.Background(), strings.NewReader(page), pith.WithStrictDates(strict))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("strict %v: date %q, from %q\n", strict, res.Metadata.Date, res.Metadata.DateSource)
	}
	// Output:
	// strict false: date "2026-03-05", from "page"
	// strict true: date "", from ""
}
