print("khet")
