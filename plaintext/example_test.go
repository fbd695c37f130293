package plaintext_test

import (
	"fmt"

	"github.com/pith-dev/pith/plaintext"
)

func ExampleLines() {
	page := "Home\nNews\nSport\nWeather\n" +
		"The council approved the new budget on Tuesday, after a debate that lasted most of the night and ended with a narrow vote.\n" +
		"Members of the opposition said that the cuts would fall on the poorest districts of the city, and promised to fight them.\n" +
		"The mayor, who had proposed the budget in March, said it was the only way to keep the city's accounts in balance.\n" +
		"Share\nTweet\nEmail\n" +
		"© 2024 Example Media. All rights reserved.\n"
	for _, l := range plaintext.Lines(page) {
		fmt.Printf("%-5v %.24s\n", l.Main, l.Text)
	}
	// Output:
	// false Home
	// false News
	// false Sport
	// false Weather
	// true  The council approved the
	// true  Members of the oppositio
	// true  The mayor, who had propo
	// false Share
	// false Tweet
	// false Email
	// false © 2024 Example Media. Al
}
