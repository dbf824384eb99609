package flags

import "fmt"

func ExampleList() {
	fmt.Printf("%q\n", List("fr, en,"))
	fmt.Printf("%q\n", List(" https://a.example ,http://b.example"))
	fmt.Println(List("") == nil, List(" , ,") == nil)
	// Output:
	// ["fr" "en"]
	// ["https://a.example" "http://b.example"]
	// true true
}
